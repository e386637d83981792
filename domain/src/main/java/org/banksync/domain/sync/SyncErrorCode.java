package org.banksync.domain.sync;

/** Why a run failed, in terms a user can act on. */
public enum SyncErrorCode {
    CONSENT_EXPIRED,
    ACTION_NEEDED,
    PROVIDER_UNAVAILABLE,
    RATE_LIMITED,
    INVALID_DATA,
    INVALID_FILE,
    INTERNAL
}
