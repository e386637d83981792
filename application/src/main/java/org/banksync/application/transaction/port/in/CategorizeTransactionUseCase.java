package org.banksync.application.transaction.port.in;

import org.banksync.domain.transaction.BankTransaction;

/** Files a transaction under the category the user chose; no later sync overrides it. */
public interface CategorizeTransactionUseCase {

    /**
     * @throws org.banksync.application.shared.NotFound when there is no such transaction
     * @throws org.banksync.domain.shared.DomainViolation on {@code categoryId} when the category does not exist
     *         or the transaction is deleted
     */
    BankTransaction categorize(CategorizeTransactionCommand command);
}
