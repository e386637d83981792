package org.banksync.domain.bank;

import java.util.UUID;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.Uuid7;

/** Identifies a {@link Bank}. */
public record BankId(UUID value) {

    public BankId {
        Require.present(value, "bankId");
    }

    public static BankId newId() {
        return new BankId(Uuid7.next());
    }

    public static BankId of(UUID value) {
        return new BankId(value);
    }

    public static BankId parse(String text) {
        return new BankId(Uuid7.parse(text, "bankId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
