package org.banksync.domain.account;

import java.util.UUID;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.Uuid7;

/** Identifies a {@link BankAccount}. */
public record BankAccountId(UUID value) {

    public BankAccountId {
        Require.present(value, "bankAccountId");
    }

    public static BankAccountId newId() {
        return new BankAccountId(Uuid7.next());
    }

    public static BankAccountId of(UUID value) {
        return new BankAccountId(value);
    }

    public static BankAccountId parse(String text) {
        return new BankAccountId(Uuid7.parse(text, "bankAccountId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
