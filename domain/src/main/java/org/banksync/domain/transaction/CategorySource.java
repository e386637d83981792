package org.banksync.domain.transaction;

/** Who set the category a transaction uses; a USER choice is never overwritten by a sync. */
public enum CategorySource {
    PROVIDER,
    USER,
    RULE
}
