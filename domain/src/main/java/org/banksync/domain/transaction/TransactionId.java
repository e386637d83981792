package org.banksync.domain.transaction;

import java.util.UUID;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.Uuid7;

/** Identifies a {@link BankTransaction}. */
public record TransactionId(UUID value) {

    public TransactionId {
        Require.present(value, "transactionId");
    }

    public static TransactionId newId() {
        return new TransactionId(Uuid7.next());
    }

    public static TransactionId of(UUID value) {
        return new TransactionId(value);
    }

    public static TransactionId parse(String text) {
        return new TransactionId(Uuid7.parse(text, "transactionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
