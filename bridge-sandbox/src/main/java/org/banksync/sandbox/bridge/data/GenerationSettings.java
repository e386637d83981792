package org.banksync.sandbox.bridge.data;

/** What the generated world depends on: a seed, rows per account and months of history (1..36). */
public record GenerationSettings(long seed, int transactionsPerAccount, int historyMonths) {

    public static final int MAX_ROWS = 50_000_000;

    public GenerationSettings {
        if (transactionsPerAccount < 1 || transactionsPerAccount > MAX_ROWS) {
            throw new IllegalArgumentException("transactionsPerAccount must be 1.." + MAX_ROWS);
        }
        if (historyMonths < 1 || historyMonths > 36) {
            throw new IllegalArgumentException("historyMonths must be 1..36");
        }
    }
}
