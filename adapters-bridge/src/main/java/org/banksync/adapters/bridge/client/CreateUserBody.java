package org.banksync.adapters.bridge.client;

import jakarta.json.bind.annotation.JsonbProperty;

/** Body of {@code POST /v3/aggregation/users} (public only because JSON-B reads it reflectively). */
public record CreateUserBody(@JsonbProperty("external_user_id") String externalUserId) {
}
