package org.banksync.application.transaction.port.in;

import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.Require;
import org.banksync.domain.transaction.TransactionId;

/** The category a user gives a transaction. */
public record CategorizeTransactionCommand(TransactionId transactionId, CategoryId categoryId) {

    public CategorizeTransactionCommand {
        Require.present(transactionId, "id");
        Require.present(categoryId, "categoryId");
    }
}
