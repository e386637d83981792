package org.banksync.adapters.bridge.client;

import jakarta.ws.rs.core.Response;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One request to Bridge, described for the layer that runs it: what it is (for messages and logs;
 * never a secret), whether sending it twice is harmless, which of Bridge's rate limits it counts
 * against and for whom, and how to send it once.
 */
public record BridgeCall(String description, boolean idempotent, Quota quota, String subject, Supplier<Response> send) {

    /** Bridge's limits besides the application's own 2,000 requests per 5 minutes, which every call spends. */
    public enum Quota {
        /** Only the application's limit (users, reference data). */
        APP,
        /** Also 60 requests per user per minute; the subject is the Bridge user's uuid. */
        USER,
        /** Also 10 token requests per user per minute; the subject names the user. */
        TOKEN
    }

    public BridgeCall {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(send, "send");
        if (quota != Quota.APP && subject == null) {
            throw new IllegalArgumentException(quota + " calls need a subject");
        }
    }
}
