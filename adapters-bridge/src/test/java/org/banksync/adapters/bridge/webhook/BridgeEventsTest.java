package org.banksync.adapters.bridge.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.banksync.domain.connection.ConnectionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeEventsTest {

    @Test
    @DisplayName("item.account.updated becomes an account update of that item and account")
    void accountUpdated() {
        ProviderEvent event = BridgeEvents.translate(json("{\"content\":{\"account_id\":48178050,\"item_id\":10154848,"
                + "\"user_uuid\":\"u\",\"nb_new_transactions\":2},\"timestamp\":1612783550980,\"type\":\"item.account.updated\"}"), "d");
        assertThat(event).isEqualTo(new ProviderEvent.AccountUpdated(org.banksync.domain.connection.Provider.BRIDGE, "d",
                "10154848", "48178050"));
    }

    @Test
    @DisplayName("item.refreshed carries the item's state through Bridge's status table and its consent expiry (the documented example)")
    void itemRefreshed() {
        ProviderEvent event = BridgeEvents.translate(json("{\"content\":{\"account_types\":\"payment\",\"full_refresh\":false,"
                + "\"refresh_trigger\":\"scheduler\",\"item_id\":4568565,\"status_code\":1010,\"status_code_info\":\"otp_required\","
                + "\"authentication_expires_at\":\"2025-09-04T10:25:35Z\",\"user_uuid\":\"766b2f5d\"},"
                + "\"timestamp\":1612783550980,\"type\":\"item.refreshed\"}"), "d");
        assertThat(event).isInstanceOfSatisfying(ProviderEvent.ItemRefreshed.class, refreshed -> {
            assertThat(refreshed.itemId()).isEqualTo("4568565");
            assertThat(refreshed.state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
            assertThat(refreshed.consentExpiresAt()).isEqualTo(Instant.parse("2025-09-04T10:25:35Z"));
            assertThat(refreshed.refreshedAt()).isEqualTo(Instant.ofEpochMilli(1612783550980L));
        });
    }

    @Test
    @DisplayName("item.deleted disconnects; unknown types and malformed content are acknowledged as other events")
    void deletedAndOthers() {
        assertThat(BridgeEvents.translate(json("{\"content\":{\"item_id\":1},\"type\":\"item.deleted\"}"), "d"))
                .isInstanceOf(ProviderEvent.ItemDeleted.class);
        assertThat(BridgeEvents.translate(json("{\"type\":\"TEST_EVENT\"}"), "d")).isInstanceOf(ProviderEvent.Other.class);
        assertThat(BridgeEvents.translate(json("{\"content\":\"x\",\"type\":\"item.deleted\"}"), "d")).isInstanceOf(ProviderEvent.Other.class);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
