package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;

import java.time.Instant;

/** An item (a bank connection) as Bridge reports it; {@code status} is null when Bridge sent none. */
public record BridgeItem(long id, Integer status, String statusCodeInfo, String statusCodeDescription,
                         Instant authenticationExpiresAt, Instant lastSuccessfulRefresh) {

    public static BridgeItem parse(String body) {
        JsonObject object = WireJson.object(body, "the item");
        try {
            Long id = WireJson.integer(object, "id");
            Long status = WireJson.integer(object, "status");
            return new BridgeItem(id == null ? 0 : id, status == null ? null : Math.toIntExact(status),
                    WireJson.raw(object, "status_code_info"), WireJson.raw(object, "status_code_description"),
                    WireJson.instant(object, "authentication_expires_at"),
                    WireJson.instant(object, "last_successful_refresh"));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw WireJson.unreadable("the item", e.getMessage());
        }
    }
}
