package org.banksync.application.sync.port.out;

import org.banksync.domain.sync.SyncRunId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Claims runs for a worker with a lease (SELECT ... FOR UPDATE SKIP LOCKED in PostgreSQL), so
 * that each run has one worker cluster-wide; a run whose lease lapsed (its instance died) can be
 * claimed again and resumes.
 */
public interface SyncRunQueue {

    /** The oldest QUEUED or RUNNING run on which nobody holds a live lease, now leased to {@code owner}. */
    Optional<SyncRunId> claimNext(String owner, Duration lease, Instant now);

    /** Extends the lease; false when the run is no longer this owner's (then the worker must stop). */
    boolean renewLease(SyncRunId run, String owner, Duration lease, Instant now);
}
