package org.banksync.adapters.plaid.client;

import jakarta.ws.rs.core.Response;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One request to Plaid, described for the layer that runs it: the endpoint (its rate limits), the
 * Item whose per-Item budget it spends (null for client-level calls), whether sending it twice is
 * harmless, a description for messages and logs (never a token), and how to send it once.
 */
public record PlaidCall(Endpoint endpoint, String itemId, boolean idempotent, String description,
                        Supplier<Response> send) {

    public PlaidCall {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(send, "send");
    }
}
