package org.banksync.adapters.fileimport.statement;

/** How the account a statement names compares with the bank account the file is imported into. */
public enum AccountMatch {
    /** The same account: its statement is read. */
    SAME,
    /** Another account: its statement is left out. */
    OTHER,
    /** Cannot be told (no IBAN on one side, a card number): read when no statement is certainly the account's. */
    UNKNOWN
}
