package org.banksync.adapters.web.ui.category;

import org.banksync.application.category.port.in.CreateCategoryCommand;
import org.banksync.application.category.port.in.UpdateCategoryCommand;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.TransactionCategory;

import java.io.Serializable;

/** The add / edit category form: names in both languages, the parent, the direction of the money. */
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String nameFr;
    private String nameEn;
    private String parentId;
    private CashFlowDirection direction = CashFlowDirection.BOTH;

    static CategoryForm under(String parentId) {
        CategoryForm form = new CategoryForm();
        form.parentId = parentId;
        return form;
    }

    static CategoryForm of(TransactionCategory category) {
        CategoryForm form = new CategoryForm();
        form.id = category.id().toString();
        form.nameFr = category.names().fr();
        form.nameEn = category.names().en();
        form.parentId = category.parentId() == null ? null : category.parentId().toString();
        form.direction = category.direction();
        return form;
    }

    public boolean isEditing() {
        return id != null;
    }

    CreateCategoryCommand toCreate() {
        return new CreateCategoryCommand(new LocalizedName(nameFr, nameEn), parent(), direction);
    }

    UpdateCategoryCommand toUpdate() {
        return new UpdateCategoryCommand(CategoryId.parse(id), new LocalizedName(nameFr, nameEn), parent(), direction);
    }

    private CategoryId parent() {
        return parentId == null || parentId.isBlank() ? null : CategoryId.parse(parentId);
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public CashFlowDirection getDirection() {
        return direction;
    }

    public void setDirection(CashFlowDirection direction) {
        this.direction = direction;
    }
}
