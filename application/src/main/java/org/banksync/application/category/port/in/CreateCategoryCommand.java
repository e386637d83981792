package org.banksync.application.category.port.in;

import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.shared.Require;

/** A user's new category: its names, optionally a parent, and its direction (BOTH when not given). */
public record CreateCategoryCommand(LocalizedName names, CategoryId parentId, CashFlowDirection direction) {

    public CreateCategoryCommand {
        Require.present(names, "name");
        direction = direction == null ? CashFlowDirection.BOTH : direction;
    }
}
