package org.banksync.domain.transaction;

/** Whether the bank has posted a transaction yet; a PENDING one becomes BOOKED, never the other way. */
public enum TransactionStatus {
    PENDING,
    BOOKED
}
