package org.banksync.sandbox.bridge.data;

/**
 * Bridge-looking int64 ids. A transaction id encodes its account and row index, so a row can be
 * found (or generated) from its id alone: TX_BASE + accountSeq * ROW_SPACE + row.
 */
public final class Ids {

    public static final long ITEM_BASE = 10_154_800L;
    public static final long ACCOUNT_BASE = 48_178_000L;
    public static final long TX_BASE = 33_000_000_000_000L;
    public static final long ROW_SPACE = 100_000_000L;

    private Ids() {
    }

    public static long item(long itemSeq) {
        return ITEM_BASE + itemSeq;
    }

    public static long account(long accountSeq) {
        return ACCOUNT_BASE + accountSeq;
    }

    public static long accountSeqOfAccount(long accountId) {
        return accountId - ACCOUNT_BASE;
    }

    public static long transaction(long accountSeq, int row) {
        return TX_BASE + accountSeq * ROW_SPACE + row;
    }

    /** The account seq of a transaction id, or -1 when the id cannot be one of ours. */
    public static long accountSeqOfTransaction(long transactionId) {
        return transactionId < TX_BASE ? -1 : (transactionId - TX_BASE) / ROW_SPACE;
    }

    public static int rowOfTransaction(long transactionId) {
        return (int) ((transactionId - TX_BASE) % ROW_SPACE);
    }
}
