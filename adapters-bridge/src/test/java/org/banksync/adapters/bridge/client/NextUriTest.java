package org.banksync.adapters.bridge.client;

import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Following next_uri")
class NextUriTest {

    private final RestClients clients = new RestClients(new BridgeSettings(URI.create("https://api.bridgeapi.io/"),
            "id", "secret", null, null, URI.create("http://localhost:8080"), "a@b.c", Duration.ofSeconds(1),
            Duration.ofSeconds(1)));

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    @DisplayName("a host-relative next_uri is resolved on the configured host, its query kept as written")
    void relative() {
        assertThat(clients.resolve("/v3/aggregation/transactions?account_id=7&after=YWJj%3D&limit=500"))
                .hasToString("https://api.bridgeapi.io/v3/aggregation/transactions?account_id=7&after=YWJj%3D&limit=500");
    }

    @Test
    @DisplayName("an absolute next_uri on the same host is followed as it is")
    void absoluteSameHost() {
        assertThat(clients.resolve("https://api.bridgeapi.io:443/v3/aggregation/accounts?after=x"))
                .hasToString("https://api.bridgeapi.io:443/v3/aggregation/accounts?after=x");
    }

    @Test
    @DisplayName("a next_uri on another host is refused, so that no token is sent there")
    void otherHost() {
        assertThatThrownBy(() -> clients.resolve("https://evil.example/v3/aggregation/accounts?after=x"))
                .isInstanceOfSatisfying(AggregatorFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.INVALID_RESPONSE));
    }
}
