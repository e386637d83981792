package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.time.Instant;

/** A webhook verification key (a P-256 JWK) as {@code /webhook_verification_key/get} gives it. */
public record WebhookKey(String kid, String alg, String kty, String crv, String x, String y, Instant expiredAt) {

    private static final String WHAT = "the webhook verification key";

    public static WebhookKey parse(String body) {
        JsonObject key = WireJson.child(WireJson.object(body, WHAT), "key");
        if (key == null) {
            throw WireJson.unreadable(WHAT, "no 'key' object");
        }
        try {
            return new WebhookKey(WireJson.raw(key, "kid"), WireJson.raw(key, "alg"), WireJson.raw(key, "kty"),
                    WireJson.raw(key, "crv"), WireJson.required(key, "x"), WireJson.required(key, "y"),
                    expiredAt(key));
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }

    /** Plaid writes {@code expired_at} as null, or as a date-time or epoch seconds once the key is retired. */
    private static Instant expiredAt(JsonObject key) {
        String value = WireJson.raw(key, "expired_at");
        if (value == null) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        return WireJson.instant(key, "expired_at");
    }
}
