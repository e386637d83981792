package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.client.BridgeItem;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.domain.connection.ConnectionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Item states")
class ItemStatesTest {

    private static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");

    @Test
    @DisplayName("an OK item whose consent date has passed is CONSENT_EXPIRED, with the date in the detail")
    void expiredByDate() {
        ItemSnapshot snapshot = ItemStates.of(item(0, NOW.minusSeconds(1)), "7", NOW);

        assertThat(snapshot.state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(snapshot.stateDetail()).contains("2026-03-16T09:29:59Z");
    }

    @Test
    @DisplayName("an unsupported account stays UNSUPPORTED even with an expired consent: reconnecting would not help")
    void unsupportedWins() {
        assertThat(ItemStates.of(item(1005, NOW.minusSeconds(1)), "7", NOW).state()).isEqualTo(ConnectionState.UNSUPPORTED);
    }

    @Test
    @DisplayName("an item without a status is a temporary error that says so")
    void noStatus() {
        ItemSnapshot snapshot = ItemStates.of(new BridgeItem(7, null, null, null, null, null), "7", NOW);

        assertThat(snapshot.state()).isEqualTo(ConnectionState.TEMPORARY_ERROR);
        assertThat(snapshot.stateDetail()).contains("unknown status (none)");
    }

    private static BridgeItem item(int status, Instant expires) {
        return new BridgeItem(7, status, "ok", "Everything is awesome", expires, NOW.minusSeconds(3600));
    }
}
