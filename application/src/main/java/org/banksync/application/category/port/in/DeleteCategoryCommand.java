package org.banksync.application.category.port.in;

import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/** The category to delete and, when transactions use it, the category they move to. */
public record DeleteCategoryCommand(CategoryId id, CategoryId replacementId) {

    public DeleteCategoryCommand {
        Require.present(id, "id");
        if (id.equals(replacementId)) {
            throw new DomainViolation("replacementId", "a category cannot replace itself");
        }
    }
}
