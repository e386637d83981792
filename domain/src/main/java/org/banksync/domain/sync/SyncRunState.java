package org.banksync.domain.sync;

/** A run's life: QUEUED, then RUNNING, then SUCCEEDED or FAILED. */
public enum SyncRunState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    /** QUEUED or RUNNING: at most one such run per account. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
