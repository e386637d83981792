package org.banksync.application.connection.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * A request budget shared by every Banksync instance (kept in the database, not in memory), so that
 * together they stay under an aggregator's rate limits.
 */
public interface RequestBudget {

    /**
     * Takes one request from the bucket's budget of {@code limit} per {@code window}: zero when it
     * may go now, else how long to wait before asking again (nothing is taken then).
     */
    Duration acquire(String bucket, int limit, Duration window, Instant now);
}
