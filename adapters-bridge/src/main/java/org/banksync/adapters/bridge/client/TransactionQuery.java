package org.banksync.adapters.bridge.client;

import java.time.Instant;
import java.time.LocalDate;

/** The first page of an account's transactions: changed after {@code since} and dated from {@code minDate} (both optional). */
public record TransactionQuery(long accountId, Instant since, LocalDate minDate, int limit) {

    /** Bridge's largest page. */
    public static final int MAX_LIMIT = 500;

    public TransactionQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
        }
    }
}
