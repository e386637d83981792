package org.banksync.adapters.web.api.connection;

import org.banksync.domain.connection.BankConnection;

import java.time.Clock;
import java.time.Duration;

/** A connection as the API shows it (API.md "Connection"); consentExpiringSoon flags the 7-day window. */
public record ConnectionView(String id, String bankId, String company, String provider, String externalItemId,
                             String state, String stateDetail, String consentExpiresAt, String lastRefreshAt,
                             boolean consentExpiringSoon, boolean reconnectNeeded) {

    static final Duration CONSENT_WARNING = Duration.ofDays(7);

    public static ConnectionView of(BankConnection connection, Clock clock) {
        return new ConnectionView(connection.id().toString(), connection.bankId().toString(), connection.company().value(),
                connection.provider().wireName(), connection.externalItemId(), connection.state().name(),
                connection.stateDetail(),
                connection.consentExpiresAt() == null ? null : connection.consentExpiresAt().toString(),
                connection.lastRefreshAt() == null ? null : connection.lastRefreshAt().toString(),
                connection.consentExpiresWithin(CONSENT_WARNING, clock),
                connection.needsReconnect() || connection.consentExpiresWithin(CONSENT_WARNING, clock));
    }
}
