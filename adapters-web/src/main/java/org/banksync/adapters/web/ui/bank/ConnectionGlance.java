package org.banksync.adapters.web.ui.bank;

import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionState;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A bank's connections summed up in one badge for the list: what most needs the user's attention
 * first (action needed, then error, then a consent about to lapse), else OK or not connected.
 */
public record ConnectionGlance(Status status, LocalDate consentExpiresOn) implements Serializable {

    /** The badge, worst first. */
    public enum Status { ACTION_NEEDED, ERROR, EXPIRING, SYNCING, OK, NOT_CONNECTED }

    static final Duration CONSENT_WARNING = Duration.ofDays(7);

    static ConnectionGlance of(List<BankConnection> connections, Clock clock, ZoneId zone) {
        List<BankConnection> live = connections.stream().filter(BankConnection::isLive).toList();
        if (live.isEmpty()) {
            return new ConnectionGlance(Status.NOT_CONNECTED, null);
        }
        return live.stream()
                .map(connection -> new ConnectionGlance(statusOf(connection, clock),
                        connection.consentExpiresAt() == null ? null : LocalDate.ofInstant(connection.consentExpiresAt(), zone)))
                .min(Comparator.comparing(ConnectionGlance::status))
                .orElseThrow();
    }

    private static Status statusOf(BankConnection connection, Clock clock) {
        ConnectionState state = connection.state();
        if (state.needsReconnect()) {
            return Status.ACTION_NEEDED;
        }
        if (state == ConnectionState.TEMPORARY_ERROR || state == ConnectionState.UNSUPPORTED) {
            return Status.ERROR;
        }
        if (connection.consentExpiresWithin(CONSENT_WARNING, clock)) {
            return Status.EXPIRING;
        }
        return state == ConnectionState.SYNC_IN_PROGRESS ? Status.SYNCING : Status.OK;
    }
}
