package org.banksync.application.category.port.in;

import org.banksync.domain.category.TransactionCategory;

/** Removes a category; transactions that use it move to a replacement the user names. */
public interface DeleteCategoryUseCase {

    /**
     * @return the deleted category
     * @throws org.banksync.application.shared.NotFound when there is no such category
     * @throws org.banksync.application.shared.Conflict when it has sub-categories, or is in use and no replacement is named
     * @throws org.banksync.domain.shared.DomainViolation on {@code replacementId} when the replacement does not exist
     */
    TransactionCategory delete(DeleteCategoryCommand command);
}
