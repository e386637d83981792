package org.banksync.sandbox.bridge.world;

import java.time.Instant;
import java.util.List;

/** A consistent snapshot of an item, as its JSON and its webhooks read it. */
public record ItemView(long id, String userUuid, long providerId, int status, String statusCodeInfo,
                       String accountTypes, Instant createdAt, Instant lastSuccessfulRefresh, Instant lastTryRefresh,
                       Instant authenticationExpiresAt, List<Long> accountIds) {
}
