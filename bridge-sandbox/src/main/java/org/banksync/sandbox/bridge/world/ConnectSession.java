package org.banksync.sandbox.bridge.world;

import java.time.Instant;

/**
 * A connect session as created over the API. providerId skips the bank list; itemId means the page
 * re-authenticates that item instead of adding one. Nullable fields were not sent.
 */
public record ConnectSession(String id, String userUuid, String callbackUrl, String context, String userEmail,
                             String countryCode, Long providerId, Long itemId, boolean forceReauthentication,
                             String accountTypes, Instant createdAt) {
}
