package org.banksync.sandbox.bridge.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.banksync.sandbox.bridge.data.Transaction;

/** Changes to a transaction: each non-null field replaces the current value; updated_at becomes now. */
public record TransactionChange(BigDecimal amount, LocalDate date, String cleanDescription, String providerDescription,
                                String operationType, Long categoryId, LocalDate bookingDate, LocalDate transactionDate,
                                LocalDate valueDate) {

    public static TransactionChange amount(String newAmount) {
        return new TransactionChange(new BigDecimal(newAmount), null, null, null, null, null, null, null, null);
    }

    public static TransactionChange cleanDescription(String label) {
        return new TransactionChange(null, null, label, null, null, null, null, null, null);
    }

    Transaction applyTo(Transaction row, Instant now) {
        return new Transaction(row.id(), or(cleanDescription, row.cleanDescription()),
                or(providerDescription, row.providerDescription()), or(amount, row.amount()), or(date, row.date()),
                or(bookingDate, row.bookingDate()), or(transactionDate, row.transactionDate()),
                or(valueDate, row.valueDate()), now, row.currencyCode(), row.deleted(),
                or(categoryId, row.categoryId()), or(operationType, row.operationType()), row.accountId(), row.future());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
