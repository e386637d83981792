package org.banksync.domain.transaction;

/** Why a transaction is no longer live. */
public enum TombstoneReason {
    /** The source reported it deleted. */
    DELETED_AT_SOURCE,
    /** A posted transaction with another id took its place (pending to booked with a new id). */
    REPLACED
}
