package org.banksync.sandbox.plaid.world;

import org.banksync.sandbox.plaid.data.Transaction;

/**
 * One change a sync reports: added or modified (with the transaction as it is reported) or removed (only
 * ids). seq is the change log position it comes from; breakBefore asks the page builder to end the page
 * before it (used to split a posting across pages).
 */
public record Change(long seq, Kind kind, String transactionId, String accountId, Transaction transaction,
                     boolean breakBefore) {

    /** Which array of the sync response the change goes to. */
    public enum Kind { ADDED, MODIFIED, REMOVED }
}
