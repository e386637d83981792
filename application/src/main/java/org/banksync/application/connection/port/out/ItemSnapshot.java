package org.banksync.application.connection.port.out;

import org.banksync.domain.connection.ConnectionState;

import java.time.Instant;

/** An aggregator item's health as read now, already in Banksync's terms. */
public record ItemSnapshot(String itemId, ConnectionState state, String stateDetail, Instant consentExpiresAt,
                           Instant lastRefreshAt) {
}
