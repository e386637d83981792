package org.banksync.application.transaction.port.in;

import org.banksync.domain.shared.Money;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How many transactions a filter selects and the exact sum of their amounts, one sum per currency (a
 * filter over several accounts may mix currencies; sums never convert). Sums are ordered by currency code.
 */
public record TransactionTotals(long count, List<Money> sums) {

    public TransactionTotals {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        sums = Objects.requireNonNull(sums, "sums").stream()
                .sorted(Comparator.comparing(money -> money.currency().code()))
                .toList();
    }

    public static TransactionTotals none() {
        return new TransactionTotals(0, List.of());
    }
}
