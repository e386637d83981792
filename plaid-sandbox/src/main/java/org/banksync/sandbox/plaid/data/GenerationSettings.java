package org.banksync.sandbox.plaid.data;

/** What generated data derives from: the seed and the number of rows per (checking) account. */
public record GenerationSettings(long seed, int transactionsPerAccount) {

    public static final int MAX_TRANSACTIONS_PER_ACCOUNT = 100_000;

    public GenerationSettings {
        if (transactionsPerAccount < 1 || transactionsPerAccount > MAX_TRANSACTIONS_PER_ACCOUNT) {
            throw new IllegalArgumentException("transactionsPerAccount must be 1.." + MAX_TRANSACTIONS_PER_ACCOUNT);
        }
    }
}
