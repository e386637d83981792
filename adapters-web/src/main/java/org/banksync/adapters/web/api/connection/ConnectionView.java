package org.banksync.adapters.web.api.connection;

import org.banksync.domain.connection.BankConnection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Duration;

/** A connection as the API shows it (API.md "Connection"); consentExpiringSoon flags the 7-day window. */
@Schema(name = "Connection", description = "A bank's connection for one company through an aggregator (API.md \"Connection\").")
public record ConnectionView(
        @Schema(description = "The connection's identifier.") String id,
        @Schema(description = "The bank's identifier.") String bankId,
        @Schema(description = "The company code.", example = "ACME") String company,
        @Schema(description = "The aggregator.", enumeration = {"bridge", "plaid"}) String provider,
        @Schema(description = "The aggregator's identifier of the item.", nullable = true) String externalItemId,
        @Schema(description = "The connection's state.", enumeration = {"OK", "SYNC_IN_PROGRESS", "ACTION_NEEDED",
                "CONSENT_EXPIRED", "TEMPORARY_ERROR", "UNSUPPORTED", "DISCONNECTED"}) String state,
        @Schema(description = "The aggregator's detail of the state.", nullable = true) String stateDetail,
        @Schema(description = "When the PSD2 consent expires (UTC).", format = "date-time", nullable = true,
                example = "2027-02-24T03:00:00Z") String consentExpiresAt,
        @Schema(description = "When the aggregator last refreshed the accounts (UTC).", format = "date-time", nullable = true)
        String lastRefreshAt,
        @Schema(description = "True when the consent expires within 7 days.") boolean consentExpiringSoon,
        @Schema(description = "True when the user must reconnect (consent expired or expiring, action needed).")
        boolean reconnectNeeded) {

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
