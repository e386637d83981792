package org.banksync.adapters.plaid.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.banksync.domain.connection.ConnectionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Plaid's webhook events in the application's terms")
class PlaidEventsTest {

    private static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");
    private static final String DIGEST = "d".repeat(64);

    @Test
    @DisplayName("SYNC_UPDATES_AVAILABLE: one account update per account of the Item, each with a distinct 64-hex digest")
    void syncUpdates() {
        List<ProviderEvent> events = translate("{\"webhook_type\":\"TRANSACTIONS\",\"webhook_code\":\"SYNC_UPDATES_AVAILABLE\","
                + "\"item_id\":\"item-1\",\"initial_update_complete\":true}");

        assertThat(events).hasSize(2).allMatch(event -> event.digest().matches("[0-9a-f]{64}"));
        assertThat(events).extracting(event -> ((ProviderEvent.AccountUpdated) event).externalAccountId())
                .containsExactly("acc-1", "acc-2");
        assertThat(events.get(0).digest()).isNotEqualTo(events.get(1).digest());
    }

    @Test
    @DisplayName("ITEM events: an error's state, the coming consent expiry, a repair, a revocation")
    void itemEvents() {
        assertThat(refreshed("{\"webhook_type\":\"ITEM\",\"webhook_code\":\"ERROR\",\"item_id\":\"item-1\",\"error\":"
                + "{\"error_type\":\"ITEM_ERROR\",\"error_code\":\"ITEM_LOGIN_REQUIRED\",\"error_code_reason\":"
                + "\"OAUTH_CONSENT_EXPIRED\",\"error_message\":\"m\",\"status\":400}}").state())
                .isEqualTo(ConnectionState.CONSENT_EXPIRED);
        ProviderEvent.ItemRefreshed expiring = refreshed("{\"webhook_type\":\"ITEM\",\"webhook_code\":\"PENDING_EXPIRATION\","
                + "\"item_id\":\"item-1\",\"consent_expiration_time\":\"2026-03-23T09:30:00Z\"}");
        assertThat(expiring.state()).isEqualTo(ConnectionState.OK);
        assertThat(expiring.consentExpiresAt()).isEqualTo(Instant.parse("2026-03-23T09:30:00Z"));
        assertThat(expiring.stateDetail()).contains("2026-03-23");
        assertThat(refreshed("{\"webhook_type\":\"ITEM\",\"webhook_code\":\"LOGIN_REPAIRED\",\"item_id\":\"item-1\"}").state())
                .isEqualTo(ConnectionState.OK);
        assertThat(refreshed("{\"webhook_type\":\"ITEM\",\"webhook_code\":\"USER_PERMISSION_REVOKED\",\"item_id\":\"item-1\"}")
                .state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
    }

    @Test
    @DisplayName("Link's SESSION_FINISHED, legacy transaction codes and events without an Item are acknowledged and ignored")
    void others() {
        assertThat(translate("{\"webhook_type\":\"LINK\",\"webhook_code\":\"SESSION_FINISHED\",\"status\":\"SUCCESS\"}"))
                .singleElement().isInstanceOf(ProviderEvent.Other.class);
        assertThat(translate("{\"webhook_type\":\"TRANSACTIONS\",\"webhook_code\":\"DEFAULT_UPDATE\",\"item_id\":\"item-1\"}"))
                .singleElement().isInstanceOfSatisfying(ProviderEvent.Other.class,
                        other -> assertThat(other.type()).isEqualTo("TRANSACTIONS/DEFAULT_UPDATE"));
    }

    private static ProviderEvent.ItemRefreshed refreshed(String json) {
        List<ProviderEvent> events = translate(json);
        assertThat(events).singleElement().isInstanceOf(ProviderEvent.ItemRefreshed.class);
        ProviderEvent.ItemRefreshed event = (ProviderEvent.ItemRefreshed) events.get(0);
        assertThat(event.itemId()).isEqualTo("item-1");
        assertThat(event.refreshedAt()).isNull();
        return event;
    }

    private static List<ProviderEvent> translate(String json) {
        JsonObject event = Json.createReader(new StringReader(json)).readObject();
        return PlaidEvents.translate(event, DIGEST, item -> List.of("acc-1", "acc-2"), NOW);
    }
}
