package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything fixed about a generated account when its item connects. iban is null for cards and
 * loans; last4 is the card number's end (or the loan's number); baseBalance is null for a card,
 * whose balance is its current month's spending.
 */
public record AccountBlueprint(long accountSeq, long itemId, AccountKind kind, boolean mainChecking, String name,
                               String currency, String iban, String last4, int rowCount, int futureCount,
                               LocalDate historyStart, LocalDate today, Instant fetchedAt, BigDecimal baseBalance,
                               LoanDetails loan) {

    public long id() {
        return Ids.account(accountSeq);
    }
}
