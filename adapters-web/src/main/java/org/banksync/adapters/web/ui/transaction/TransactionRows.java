package org.banksync.adapters.web.ui.transaction;

import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;

import java.io.Serializable;
import java.util.Map;

/** Turns transactions into rows, naming their account and category (by path) in the user's language. */
final class TransactionRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> accountNames;
    private final Map<String, String> categoryNames;

    TransactionRows(Map<String, String> accountNames, Map<String, String> categoryNames) {
        this.accountNames = Map.copyOf(accountNames);
        this.categoryNames = Map.copyOf(categoryNames);
    }

    TransactionRow of(BankTransaction transaction) {
        String categoryId = transaction.categoryId() == null ? null : transaction.categoryId().toString();
        return new TransactionRow(transaction.id().toString(), transaction.bookingDate(), transaction.valueDate(),
                accountNames.getOrDefault(transaction.bankAccountId().toString(), ""), transaction.description(),
                transaction.rawDescription(), transaction.amount().amount(), transaction.amount().currency().code(),
                transaction.status().name(), categoryId, categoryId == null ? null : categoryName(categoryId),
                transaction.categorySource() == CategorySource.USER);
    }

    String categoryName(String categoryId) {
        return categoryNames.getOrDefault(categoryId, "");
    }
}
