package org.banksync.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.time.Duration;
import java.time.Instant;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BankConnectionTest {

    private final MutableClock clock = new MutableClock();
    private final BankConnection connection =
            BankConnection.open(BankId.newId(), CompanyCode.DEFAULT, Provider.BRIDGE, "8172635");

    @Test
    void open_startsOkWithoutConsentOrRefresh() {
        assertThat(connection.state()).isEqualTo(ConnectionState.OK);
        assertThat(connection.externalItemId()).isEqualTo("8172635");
        assertThat(connection.consentExpiresAt()).isNull();
        assertThat(connection.isLive()).isTrue();
        assertThat(connection.needsReconnect()).isFalse();
    }

    @Test
    void open_needsAnItemId() {
        assertRefused(() -> BankConnection.open(BankId.newId(), CompanyCode.DEFAULT, Provider.BRIDGE, " "),
                "externalItemId");
    }

    @Test
    void updateState_recordsTheReport() {
        Instant expiry = clock.instant().plus(Duration.ofDays(90));
        Instant refreshed = clock.instant();

        connection.updateState(ConnectionState.ACTION_NEEDED, "status 1100: SCA required", expiry, refreshed);

        assertThat(connection.state()).isEqualTo(ConnectionState.ACTION_NEEDED);
        assertThat(connection.stateDetail()).isEqualTo("status 1100: SCA required");
        assertThat(connection.consentExpiresAt()).isEqualTo(expiry);
        assertThat(connection.lastRefreshAt()).isEqualTo(refreshed);
        assertThat(connection.needsReconnect()).isTrue();
    }

    @Test
    void updateState_keepsKnownTimesWhenTheReportHasNone_andNeverMovesRefreshBack() {
        Instant expiry = clock.instant().plus(Duration.ofDays(90));
        connection.updateState(ConnectionState.OK, null, expiry, clock.instant());

        connection.updateState(ConnectionState.TEMPORARY_ERROR, "1003", null, clock.instant().minusSeconds(60));

        assertThat(connection.consentExpiresAt()).isEqualTo(expiry);
        assertThat(connection.lastRefreshAt()).isEqualTo(clock.instant());
    }

    @ParameterizedTest
    @EnumSource(value = ConnectionState.class, names = {"ACTION_NEEDED", "CONSENT_EXPIRED"})
    void needsReconnect_whenTheUserMustAct(ConnectionState state) {
        connection.updateState(state, null, null, null);

        assertThat(connection.needsReconnect()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ConnectionState.class, names = {"OK", "SYNC_IN_PROGRESS", "TEMPORARY_ERROR", "UNSUPPORTED"})
    void doesNotNeedReconnect_otherwise(ConnectionState state) {
        connection.updateState(state, null, null, null);

        assertThat(connection.needsReconnect()).isFalse();
    }

    @Test
    void disconnect_isFinal() {
        connection.disconnect();

        assertThat(connection.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(connection.isLive()).isFalse();
        assertRefused(() -> connection.updateState(ConnectionState.OK, null, null, null), "state");
    }

    @Test
    void consentExpiresWithin_comparesWithTheClock() {
        assertThat(connection.consentExpiresWithin(Duration.ofDays(7), clock)).isFalse();

        connection.updateState(ConnectionState.OK, null, clock.instant().plus(Duration.ofDays(5)), null);

        assertThat(connection.consentExpiresWithin(Duration.ofDays(7), clock)).isTrue();
        assertThat(connection.consentExpiresWithin(Duration.ofDays(3), clock)).isFalse();
        clock.advance(Duration.ofDays(6));
        assertThat(connection.consentExpiresWithin(Duration.ZERO, clock)).isTrue();
    }

    @Test
    void provider_readsAndWritesItsWireName() {
        assertThat(Provider.BRIDGE.wireName()).isEqualTo("bridge");
        assertThat(Provider.fromWireName("plaid")).isEqualTo(Provider.PLAID);
        assertRefused(() -> Provider.fromWireName("BRIDGE"), "provider");
        assertRefused(() -> Provider.fromWireName("yodlee"), "provider");
    }
}
