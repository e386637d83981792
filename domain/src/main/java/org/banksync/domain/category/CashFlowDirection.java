package org.banksync.domain.category;

/** Which way money flows in the transactions a category holds. */
public enum CashFlowDirection {
    IN,
    OUT,
    BOTH
}
