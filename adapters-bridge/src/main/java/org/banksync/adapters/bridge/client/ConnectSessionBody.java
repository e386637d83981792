package org.banksync.adapters.bridge.client;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Body of {@code POST /v3/aggregation/connect-sessions} (public only because JSON-B reads it
 * reflectively). {@code itemId} and {@code forceReauthentication} are null for a first connection.
 */
public record ConnectSessionBody(@JsonbProperty("user_email") String userEmail,
                                 @JsonbProperty("callback_url") String callbackUrl,
                                 @JsonbProperty("context") String context,
                                 @JsonbProperty("country_code") String countryCode,
                                 @JsonbProperty("account_types") String accountTypes,
                                 @JsonbProperty("item_id") Long itemId,
                                 @JsonbProperty("force_reauthentication") Boolean forceReauthentication) {
}
