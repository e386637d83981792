package org.banksync.application.category.port.in;

import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.shared.Require;

/** A category's new names, parent (null: a root) and direction. */
public record UpdateCategoryCommand(CategoryId id, LocalizedName names, CategoryId parentId,
        CashFlowDirection direction) {

    public UpdateCategoryCommand {
        Require.present(id, "id");
        Require.present(names, "name");
        Require.present(direction, "direction");
    }
}
