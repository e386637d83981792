package org.banksync.domain.category;

import java.util.UUID;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.Uuid7;

/** Identifies a {@link TransactionCategory}. */
public record CategoryId(UUID value) {

    public CategoryId {
        Require.present(value, "categoryId");
    }

    public static CategoryId newId() {
        return new CategoryId(Uuid7.next());
    }

    public static CategoryId of(UUID value) {
        return new CategoryId(value);
    }

    public static CategoryId parse(String text) {
        return new CategoryId(Uuid7.parse(text, "categoryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
