package org.banksync.application.sync.port.out;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Once-per-cluster claims of scheduled work: every instance's timer fires, only the first to claim
 * a (job, day) does the work (a PostgreSQL transaction-level advisory lock plus a claim row).
 */
public interface DailyClaims {

    /** True for exactly one caller per job and day, cluster-wide. */
    boolean claim(String job, LocalDate day, String owner, Instant now);
}
