package org.banksync.adapters.plaid.client;

import java.util.Objects;

/** An Item's access token (it never expires) with the Item it opens. Never printed. */
public record AccessToken(String itemId, String value) {

    public AccessToken {
        Objects.requireNonNull(itemId, "itemId");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token is required");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[" + itemId + ", ****]";
    }
}
