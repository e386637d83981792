package org.banksync.adapters.bridge.session;

import org.banksync.adapters.bridge.connection.BridgeBankConnector;
import org.banksync.adapters.bridge.testing.BridgeHarness;
import org.banksync.application.connection.port.out.AggregatorUserRepository.AggregatorUser;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.bridge.testing.BridgeHarness.ACME;

@DisplayName("A company's Bridge user and its two-hour token")
class UserTokenTest {

    @RegisterExtension
    static final BridgeHarness bridge = new BridgeHarness();

    private BridgeBankConnector connector;
    private String itemId;
    private AggregatorUser before;

    @BeforeEach
    void connectAnItem() {
        connector = bridge.stack().connector();
        ItemRecord item = bridge.connectedItem(ACME, "success");
        itemId = Long.toString(item.id());
        connector.readItem(ACME, itemId);
        before = bridge.users.get(ACME);
        bridge.stack().exchange().clear();
    }

    @Test
    @DisplayName("after two hours the token is renewed before the call, so Bridge never refuses it")
    void renewedAheadOfExpiry() {
        bridge.timePasses(Duration.ofHours(2));

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);

        AggregatorUser after = bridge.users.get(ACME);
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.tokenExpiresAt()).isEqualTo(bridge.clock.instant().plus(Duration.ofHours(2)));
        assertThat(bridge.stack().exchange().attempts()).containsExactly(
                "POST /v3/aggregation/authorization/token -> 200", "GET /v3/aggregation/items/" + itemId + " -> 200");
    }

    @Test
    @DisplayName("a token with less than five minutes left is renewed first")
    void renewedFiveMinutesAhead() {
        bridge.clock.advance(Duration.ofHours(2).minusMinutes(4));

        connector.readItem(ACME, itemId);

        assertThat(bridge.users.get(ACME).accessToken()).isNotEqualTo(before.accessToken());
        assertThat(bridge.stack().exchange().attempts()).first().asString().startsWith("POST /v3/aggregation/authorization/token");
    }

    @Test
    @DisplayName("a token Bridge refuses with 401 is requested again once and the call repeated once")
    void reRequestedAfter401() {
        bridge.control().advanceClock(Duration.ofHours(2)); // Bridge's clock only: Banksync thinks the token is fine

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);

        assertThat(bridge.stack().exchange().attempts()).containsExactly(
                "GET /v3/aggregation/items/" + itemId + " -> 401",
                "POST /v3/aggregation/authorization/token -> 200",
                "GET /v3/aggregation/items/" + itemId + " -> 200");
        assertThat(bridge.users.get(ACME).accessToken()).isNotEqualTo(before.accessToken());
    }

    @Test
    @DisplayName("a user Bridge no longer knows is created anew, and its old items read as disconnected")
    void userDeletedAtBridge() throws Exception {
        deleteAtBridge(before.userRef());

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.DISCONNECTED);

        AggregatorUser after = bridge.users.get(ACME);
        assertThat(after.userRef()).isNotEqualTo(before.userRef());
        assertThat(after.externalUserId()).isEqualTo("banksync-acme");
        assertThat(bridge.stack().exchange().attempts()).contains(
                "POST /v3/aggregation/authorization/token -> 404", "POST /v3/aggregation/users -> 201");
    }

    @Test
    @DisplayName("a Bridge user Banksync lost track of is adopted through its external id, not duplicated")
    void existingUserAdopted() {
        bridge.users.clear();

        URI url = connector.startConnectSession(ACME, new ConnectSessionRequest("ctx2", Optional.empty(), false));

        assertThat(url).isNotNull();
        assertThat(bridge.users.get(ACME).userRef()).isEqualTo(before.userRef());
        assertThat(bridge.stack().exchange().attempts()).startsWith("POST /v3/aggregation/users -> 409",
                "POST /v3/aggregation/authorization/token -> 200");
    }

    @Test
    @DisplayName("every user call spends from the user's bucket and the application's")
    void spendsTheBudgets() {
        connector.readItem(ACME, itemId);

        assertThat(bridge.budget.taken("bridge:user:" + before.userRef())).isEqualTo(2);
        assertThat(bridge.budget.taken("bridge:token:" + before.userRef())).isEqualTo(1);
        assertThat(bridge.budget.taken("bridge:app")).isEqualTo(4); // create user, token, two item reads
    }

    private static void deleteAtBridge(String userUuid) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(bridge.baseUrl() + "/v3/aggregation/users/" + userUuid))
                .header("Client-Id", BridgeHarness.CLIENT_ID).header("Client-Secret", BridgeHarness.CLIENT_SECRET)
                .header("Bridge-Version", "2025-01-15").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(204);
    }
}
