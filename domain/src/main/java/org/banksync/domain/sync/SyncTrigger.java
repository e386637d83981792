package org.banksync.domain.sync;

/** What asked for a sync run. */
public enum SyncTrigger {
    USER,
    SCHEDULE,
    WEBHOOK,
    IMPORT,
    API
}
