package org.banksync.adapters.web.ui.category;

import org.banksync.application.category.port.in.DeleteCategoryCommand;
import org.banksync.domain.category.CategoryId;

import java.io.Serializable;

/**
 * A deletion under way: the category, and once the core has said it is in use, the replacement the user
 * must choose for its transactions.
 */
public class CategoryDeletion implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private boolean replacementNeeded;
    private String replacementId;

    CategoryDeletion(String id, String name) {
        this.id = id;
        this.name = name;
    }

    DeleteCategoryCommand toCommand() {
        return new DeleteCategoryCommand(CategoryId.parse(id),
                replacementId == null || replacementId.isBlank() ? null : CategoryId.parse(replacementId));
    }

    void askForReplacement() {
        replacementNeeded = true;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isReplacementNeeded() {
        return replacementNeeded;
    }

    public String getReplacementId() {
        return replacementId;
    }

    public void setReplacementId(String replacementId) {
        this.replacementId = replacementId;
    }
}
