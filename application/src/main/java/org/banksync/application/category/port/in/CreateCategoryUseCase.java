package org.banksync.application.category.port.in;

import org.banksync.domain.category.TransactionCategory;

/** Adds a category of the user's own to the tree. */
public interface CreateCategoryUseCase {

    /** @throws org.banksync.domain.shared.DomainViolation on {@code parentId} when the parent does not exist */
    TransactionCategory create(CreateCategoryCommand command);
}
