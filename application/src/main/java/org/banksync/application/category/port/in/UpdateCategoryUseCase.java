package org.banksync.application.category.port.in;

import org.banksync.domain.category.TransactionCategory;

/** Renames a category, moves it in the tree or changes its direction. */
public interface UpdateCategoryUseCase {

    /**
     * @throws org.banksync.application.shared.NotFound when there is no such category
     * @throws org.banksync.domain.shared.DomainViolation on {@code parentId} when the move would close a cycle
     */
    TransactionCategory update(UpdateCategoryCommand command);
}
