package org.banksync.adapters.plaid.connection;

import org.banksync.adapters.plaid.client.PlaidError;
import org.banksync.adapters.plaid.client.PlaidItem;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.domain.connection.ConnectionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Plaid's item health in Banksync's connection states")
class ItemStatesTest {

    private static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(nullValues = "-", value = {
            "ITEM_LOGIN_REQUIRED, -, ACTION_NEEDED",
            "ITEM_LOGIN_REQUIRED, OAUTH_USER_REVOKED, ACTION_NEEDED",
            "ITEM_LOGIN_REQUIRED, OAUTH_CONSENT_EXPIRED, CONSENT_EXPIRED",
            "INSTITUTION_DOWN, -, TEMPORARY_ERROR",
            "INSTITUTION_NOT_RESPONDING, -, TEMPORARY_ERROR",
            "INVALID_ACCESS_TOKEN, -, DISCONNECTED",
            "ITEM_NOT_FOUND, -, DISCONNECTED",
            "INSTITUTION_NO_LONGER_SUPPORTED, -, UNSUPPORTED",
            "SOMETHING_PLAID_ADDS_LATER, -, TEMPORARY_ERROR"})
    void errors(String code, String reason, ConnectionState expected) {
        PlaidError error = new PlaidError(code.startsWith("INSTITUTION") ? "INSTITUTION_ERROR" : "ITEM_ERROR", code, reason,
                "the message", null, "req-1");

        ItemStates.State state = ItemStates.ofError(error, NOW.plus(Duration.ofDays(90)), NOW);

        assertThat(state.state()).isEqualTo(expected);
        assertThat(state.detail()).contains(code);
    }

    @Test
    @DisplayName("a login required once the consent date has passed is an expired consent, whatever the reason")
    void loginRequiredAfterTheConsentDate() {
        PlaidError error = new PlaidError("ITEM_ERROR", "ITEM_LOGIN_REQUIRED", null, "login", "Please reconnect.", null);

        assertThat(ItemStates.ofError(error, NOW.minusSeconds(1), NOW).state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(ItemStates.ofError(error, NOW.minusSeconds(1), NOW).detail()).contains("Please reconnect.");
    }

    @Test
    @DisplayName("no error is OK; within 7 days of the consent's end it warns with the date; past it, the consent has expired")
    void healthy() {
        assertThat(snapshot(NOW.plus(Duration.ofDays(8)))).satisfies(item -> {
            assertThat(item.state()).isEqualTo(ConnectionState.OK);
            assertThat(item.stateDetail()).isNull();
        });
        assertThat(snapshot(NOW.plus(Duration.ofDays(7)))).satisfies(item -> {
            assertThat(item.state()).isEqualTo(ConnectionState.OK);
            assertThat(item.stateDetail()).isEqualTo("The bank's consent expires on 2026-03-23; reconnect the bank before then"
                    + " to keep synchronising.");
        });
        assertThat(snapshot(NOW).state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(snapshot(null).state()).isEqualTo(ConnectionState.OK);
    }

    @Test
    @DisplayName("the snapshot carries the consent's end and the last successful refresh")
    void dates() {
        Instant refreshed = NOW.minus(Duration.ofHours(3));
        ItemSnapshot item = ItemStates.of(new PlaidItem("item-1", null, NOW.plus(Duration.ofDays(100)), refreshed, "Bank"), NOW);

        assertThat(item).isEqualTo(new ItemSnapshot("item-1", ConnectionState.OK, null, NOW.plus(Duration.ofDays(100)), refreshed));
    }

    private static ItemSnapshot snapshot(Instant consentEnd) {
        return ItemStates.of(new PlaidItem("item-1", null, consentEnd, null, null), NOW);
    }
}
