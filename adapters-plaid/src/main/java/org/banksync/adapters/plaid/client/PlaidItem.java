package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * An Item as {@code /item/get} reports it: its error (null when healthy), when the bank's consent
 * expires, and when Plaid last read its transactions successfully.
 */
public record PlaidItem(String itemId, PlaidError error, Instant consentExpiresAt, Instant lastSuccessfulUpdate,
                        String institutionName) {

    private static final String WHAT = "the item";

    public static PlaidItem parse(String body) {
        JsonObject object = WireJson.object(body, WHAT);
        JsonObject item = WireJson.child(object, "item");
        if (item == null) {
            throw WireJson.unreadable(WHAT, "no 'item' object");
        }
        try {
            JsonObject transactions = WireJson.child(WireJson.child(object, "status"), "transactions");
            return new PlaidItem(WireJson.required(item, "item_id"),
                    PlaidError.from(WireJson.child(item, "error")).orElse(null),
                    WireJson.instant(item, "consent_expiration_time"),
                    transactions == null ? null : WireJson.instant(transactions, "last_successful_update"),
                    WireJson.raw(item, "institution_name"));
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }
}
