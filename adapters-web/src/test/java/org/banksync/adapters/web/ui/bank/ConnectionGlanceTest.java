package org.banksync.adapters.web.ui.bank;

import org.banksync.adapters.web.ui.bank.ConnectionGlance.Status;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionGlanceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    private BankConnection connection(ConnectionState state, Duration consentLeft) {
        BankConnection connection = BankConnection.open(BankId.newId(), CompanyCode.DEFAULT, Provider.BRIDGE, "item-" + state);
        connection.updateState(state, null, consentLeft == null ? null : clock.instant().plus(consentLeft), null);
        return connection;
    }

    private ConnectionGlance glance(BankConnection... connections) {
        return ConnectionGlance.of(List.of(connections), clock, ZoneOffset.UTC);
    }

    @Test
    @DisplayName("a bank without a live connection is not connected")
    void notConnected() {
        BankConnection gone = connection(ConnectionState.OK, null);
        gone.disconnect();

        assertThat(glance().status()).isEqualTo(Status.NOT_CONNECTED);
        assertThat(glance(gone).status()).isEqualTo(Status.NOT_CONNECTED);
    }

    @Test
    @DisplayName("a consent lapsing within a week shows its date; a later one is just OK")
    void consentExpiring() {
        ConnectionGlance soon = glance(connection(ConnectionState.OK, Duration.ofDays(3)));

        assertThat(soon.status()).isEqualTo(Status.EXPIRING);
        assertThat(soon.consentExpiresOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(glance(connection(ConnectionState.OK, Duration.ofDays(60))).status()).isEqualTo(Status.OK);
    }

    @Test
    @DisplayName("what needs the user most wins: action needed, then error, then an expiring consent")
    void worstFirst() {
        assertThat(glance(connection(ConnectionState.OK, Duration.ofDays(1)), connection(ConnectionState.CONSENT_EXPIRED, null))
                .status()).isEqualTo(Status.ACTION_NEEDED);
        assertThat(glance(connection(ConnectionState.OK, Duration.ofDays(1)), connection(ConnectionState.TEMPORARY_ERROR, null))
                .status()).isEqualTo(Status.ERROR);
        assertThat(glance(connection(ConnectionState.UNSUPPORTED, null)).status()).isEqualTo(Status.ERROR);
    }
}
