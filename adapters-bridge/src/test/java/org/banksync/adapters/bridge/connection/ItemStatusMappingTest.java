package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.testing.BridgeHarness;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.bridge.testing.BridgeHarness.ACME;

@DisplayName("An item's Bridge status, read from the sandbox, in Banksync's connection states")
class ItemStatusMappingTest {

    @RegisterExtension
    static final BridgeHarness bridge = new BridgeHarness();


    @ParameterizedTest(name = "Demo Bank login {0} gives {1}")
    @CsvSource({
        "success, OK",
        "402, ACTION_NEEDED",
        "429, ACTION_NEEDED",
        "1003, TEMPORARY_ERROR",
        "1005_CLOSED_ACCOUNT, UNSUPPORTED",
        "otp_fail, CONSENT_EXPIRED"})
    @DisplayName("each connect scenario's item status maps as DESIGN.md section 3 says")
    void connectScenarios(String login, ConnectionState expected) {
        ItemRecord item = bridge.connectedItem(ACME, login);

        assertThat(read(item).state()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "status {0} gives {1}")
    @CsvSource({
        "0, OK", "1009, OK", "-2, SYNC_IN_PROGRESS", "-3, SYNC_IN_PROGRESS", "402, ACTION_NEEDED",
        "429, ACTION_NEEDED", "430, ACTION_NEEDED", "1100, ACTION_NEEDED", "1010, CONSENT_EXPIRED",
        "1003, TEMPORARY_ERROR", "1007, TEMPORARY_ERROR", "1099, TEMPORARY_ERROR", "1005, UNSUPPORTED"})
    @DisplayName("every documented status maps to its state")
    void documentedStatuses(int status, ConnectionState expected) {
        ItemRecord item = bridge.connectedItem(ACME, "success");
        bridge.control().setItemStatus(item.id(), status, null);

        assertThat(read(item).state()).isEqualTo(expected);
    }

    @Test
    @DisplayName("Bridge's own words explain the state")
    void detailFromBridge() {
        ItemRecord item = bridge.connectedItem(ACME, "402");

        assertThat(read(item).stateDetail()).isEqualTo("Wrong credentials (invalid_creds)");
    }

    @Test
    @DisplayName("an unknown status is a temporary error whose detail names the code")
    void unknownStatus() {
        ItemRecord item = bridge.connectedItem(ACME, "success");
        bridge.control().setItemStatus(item.id(), 4242, "brand_new_thing");

        ItemSnapshot snapshot = read(item);

        assertThat(snapshot.state()).isEqualTo(ConnectionState.TEMPORARY_ERROR);
        assertThat(snapshot.stateDetail()).contains("4242", "brand_new_thing");
    }

    @Test
    @DisplayName("success.1010 is fine at first, then needs strong authentication once the first daily refresh has run")
    void consentNeededAfterTheFirstRefresh() {
        ItemRecord item = bridge.connectedItem(ACME, "success.1010");
        assertThat(read(item).state()).isEqualTo(ConnectionState.OK);

        bridge.timePasses(Duration.ofHours(25));

        assertThat(read(item).state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
    }

    @Test
    @DisplayName("a consent whose expiry date has passed reads CONSENT_EXPIRED")
    void expiredConsent() {
        ItemRecord item = bridge.connectedItem(ACME, "success");
        bridge.control().expireConsent(item.id());

        ItemSnapshot snapshot = read(item);

        assertThat(snapshot.state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(snapshot.consentExpiresAt()).isBefore(bridge.clock.instant());
    }

    @Test
    @DisplayName("an item Bridge does not have (deleted) reads DISCONNECTED")
    void deletedItem() {
        bridge.connectedItem(ACME, "success");

        ItemSnapshot snapshot = bridge.stack().connector().readItem(ACME, "987654321");

        assertThat(snapshot.state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(snapshot.itemId()).isEqualTo("987654321");
    }

    private static ItemSnapshot read(ItemRecord item) {
        return bridge.stack().connector().readItem(ACME, Long.toString(item.id()));
    }
}
