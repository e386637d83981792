package org.banksync.sandbox.plaid.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Changes to a live transaction: each non-null field replaces the current value (a "modified" change follows). */
public record TransactionChange(BigDecimal amount, String name, String merchantName, LocalDate date,
                                String personalFinanceCategoryDetailed) {

    public static TransactionChange amount(String value) {
        return new TransactionChange(new BigDecimal(value), null, null, null, null);
    }

    public static TransactionChange name(String value) {
        return new TransactionChange(null, value, null, null, null);
    }

    public static TransactionChange category(String detailed) {
        return new TransactionChange(null, null, null, null, detailed);
    }
}
