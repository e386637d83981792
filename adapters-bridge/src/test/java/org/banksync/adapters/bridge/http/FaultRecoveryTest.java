package org.banksync.adapters.bridge.http;

import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.adapters.bridge.connection.BridgeBankConnector;
import org.banksync.adapters.bridge.testing.BridgeHarness;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.banksync.sandbox.bridge.fault.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.adapters.bridge.testing.BridgeHarness.ACME;

@DisplayName("Calls to Bridge when the sandbox misbehaves")
class FaultRecoveryTest {

    private static final String ITEMS = "/v3/aggregation/items";
    private static final String SESSIONS = "/v3/aggregation/connect-sessions";

    @RegisterExtension
    static final BridgeHarness bridge = new BridgeHarness();

    private BridgeBankConnector connector;
    private String itemId;

    @BeforeEach
    void connectAnItem() {
        connector = bridge.stack().connector();
        ItemRecord item = bridge.connectedItem(ACME, "success");
        itemId = Long.toString(item.id());
        connector.readItem(ACME, itemId); // the token is fetched now, so the faults below hit the item read
        bridge.sleeper.clear();
        bridge.stack().exchange().clear();
    }

    @Test
    @DisplayName("two 503s are retried after backoff waits, then the read succeeds")
    void serviceUnavailableTwice() {
        bridge.control().injectFault(Fault.status(503, 2).on(ITEMS));

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);
        assertThat(bridge.sleeper.waits()).hasSize(2).allMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) <= 0);
        assertThat(bridge.stack().exchange().attempts()).endsWith(
                "GET " + ITEMS + "/" + itemId + " -> 503", "GET " + ITEMS + "/" + itemId + " -> 503",
                "GET " + ITEMS + "/" + itemId + " -> 200");
    }

    @Test
    @DisplayName("two 500s on a read are retried, then the read succeeds")
    void internalErrorTwice() {
        bridge.control().injectFault(Fault.status(500, 2).on(ITEMS));

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);
        assertThat(bridge.sleeper.waits()).hasSize(2);
    }

    @Test
    @DisplayName("a 429 with Retry-After: 5 is honoured: the next attempt waits at least five seconds")
    void retryAfterHonoured() {
        bridge.control().injectFault(Fault.tooManyRequests(1, 5).on(ITEMS));

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);
        assertThat(bridge.sleeper.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(5)));
    }

    @Test
    @DisplayName("a 429 without Retry-After backs off and retries")
    void tooManyRequestsWithoutRetryAfter() {
        bridge.control().injectFault(Fault.tooManyRequests(1, null).on(ITEMS));

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);
        assertThat(bridge.sleeper.waits()).hasSize(1);
    }

    @Test
    @DisplayName("Bridge's own rate limit, still hit after every retry, ends as RATE_LIMITED")
    void persistentRateLimit() {
        bridge.control().rateLimit(true, 1);
        connector.readItem(ACME, itemId);

        assertThatThrownBy(() -> connector.readItem(ACME, itemId))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(failure.getMessage()).contains("Bridge is limiting", "after 4 attempts", "Try again");
                });
    }

    @Test
    @DisplayName("malformed JSON is INVALID_RESPONSE, not retried")
    void malformedJson() {
        bridge.control().injectFault(Fault.malformedJson(2).on(ITEMS));

        assertThatThrownBy(() -> connector.readItem(ACME, itemId))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
                    assertThat(failure.getMessage()).contains("cannot read", "the item");
                });
        assertThat(bridge.stack().exchange().attempts()).hasSize(1);
    }

    @Test
    @DisplayName("a connection dropped half-way through the answer is retried, then the read succeeds")
    void droppedConnection() {
        bridge.control().injectFault(Fault.dropConnection(1).on(ITEMS));

        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);
        assertThat(bridge.stack().exchange().attempts()).hasSize(2).first().asString().endsWith("-> failed");
    }

    @Test
    @DisplayName("Bridge failing on every attempt ends as UNAVAILABLE with a message saying what to do")
    void persistentFailure() {
        bridge.control().injectFault(Fault.status(503, 10).on(ITEMS));

        assertThatThrownBy(() -> connector.readItem(ACME, itemId))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("Bridge is not answering properly", "HTTP 503",
                            "service_unavailable", "after 4 attempts", "Try again in a few minutes");
                });
        assertThat(bridge.stack().exchange().attempts()).hasSize(4);
    }

    @Test
    @DisplayName("a Bridge that refuses connections is UNAVAILABLE after the retries")
    void nobodyListening() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var stack = bridge.stack(settings -> new BridgeSettings(
                URI.create("http://127.0.0.1:" + closedPort), settings.clientId(), settings.clientSecret(),
                settings.webhookSecret(), null, settings.publicUrl(), settings.userEmail(), settings.connectTimeout(),
                settings.readTimeout()));

        assertThatThrownBy(() -> stack.connector().readCategories())
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("could not reach Bridge", "after 4 attempts");
                });
        assertThat(stack.exchange().attempts()).hasSize(4);
    }

    @Test
    @DisplayName("a connect session that hit a 500 is not sent again: Bridge may have opened it already")
    void connectSessionNotRepeatedAfterServerError() {
        bridge.control().injectFault(Fault.status(500, 1).on(SESSIONS));

        assertThatThrownBy(() -> connector.startConnectSession(ACME, new ConnectSessionRequest("ctx1", Optional.empty(), false)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("not repeated automatically");
                });
        assertThat(bridge.stack().exchange().attempts()).hasSize(1);
    }

    @Test
    @DisplayName("a connect session whose answer was cut off is not sent again either")
    void connectSessionNotRepeatedAfterDrop() {
        bridge.control().injectFault(Fault.dropConnection(1).on(SESSIONS));

        assertThatThrownBy(() -> connector.startConnectSession(ACME, new ConnectSessionRequest("ctx1", Optional.empty(), false)))
                .isInstanceOf(AggregatorFailure.class);
        assertThat(bridge.stack().exchange().attempts()).hasSize(1);
    }

    @Test
    @DisplayName("a connect session refused with 503 and Retry-After, or with 429, is sent again: Bridge did not act on it")
    void connectSessionRepeatedWhenRefusedUpFront() {
        bridge.control().injectFault(new Fault(Fault.Kind.STATUS, SESSIONS, 1, 503, 1, null));
        bridge.control().injectFault(Fault.tooManyRequests(1, null).on(SESSIONS));

        URI url = connector.startConnectSession(ACME, new ConnectSessionRequest("ctx1", Optional.empty(), false));

        assertThat(url.toString()).startsWith(bridge.baseUrl() + "/connect/");
        assertThat(bridge.stack().exchange().attempts()).hasSize(3);
    }

    @Test
    @DisplayName("wrong application credentials are MISCONFIGURED and name the settings to fix")
    void wrongCredentials() {
        var stack = bridge.stack(settings -> new BridgeSettings(settings.baseUrl(),
                settings.clientId(), "not-the-secret", settings.webhookSecret(), null, settings.publicUrl(),
                settings.userEmail(), settings.connectTimeout(), settings.readTimeout()));

        assertThatThrownBy(() -> stack.connector().readCategories())
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.MISCONFIGURED);
                    assertThat(failure.getMessage()).contains("invalid_client_credentials", "BRIDGE_CLIENT_SECRET")
                            .doesNotContain("not-the-secret");
                });
    }

    @Test
    @DisplayName("without credentials nothing is sent, and the failure says which settings are missing")
    void noCredentials() {
        var stack = bridge.stack(settings -> new BridgeSettings(settings.baseUrl(), null, null, null, null,
                settings.publicUrl(), settings.userEmail(), settings.connectTimeout(), settings.readTimeout()));

        assertThatThrownBy(() -> stack.connector().readCategories())
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.MISCONFIGURED);
                    assertThat(failure.getMessage()).contains("BRIDGE_CLIENT_ID", "BRIDGE_CLIENT_SECRET");
                });
        assertThat(stack.exchange().attempts()).isEmpty();
    }
}
