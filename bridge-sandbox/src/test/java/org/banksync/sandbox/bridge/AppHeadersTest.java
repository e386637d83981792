package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Every Bridge call checks the application headers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppHeadersTest {

    private SandboxFixture fixture;

    @BeforeAll
    void start() {
        fixture = SandboxFixture.start(50);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private HttpRequest.Builder bare(String path) {
        return HttpRequest.newBuilder(URI.create(fixture.sandbox.baseUrl() + path)).GET();
    }

    @Test
    @DisplayName("a call with the right Client-Id, Client-Secret and Bridge-Version is served")
    void acceptsValidHeaders() {
        assertThat(fixture.http.get("/v3/providers").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a missing Client-Id is refused with 401 invalid_client_credentials in the errors envelope")
    void refusesMissingClientId() {
        BridgeHttp.Reply reply = fixture.http.send(bare("/v3/providers")
                .header("Client-Secret", "test-secret").header("Bridge-Version", "2025-01-15"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("invalid_client_credentials");
        assertThat(reply.json().path("errors").path(0).path("message").asText()).isNotBlank();
    }

    @Test
    @DisplayName("a wrong Client-Secret is refused with 401")
    void refusesWrongSecret() {
        BridgeHttp.Reply reply = fixture.http.send(bare("/v3/aggregation/categories")
                .header("Client-Id", "test-client").header("Client-Secret", "nope").header("Bridge-Version", "2025-01-15"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("invalid_client_credentials");
    }

    @Test
    @DisplayName("a missing Bridge-Version is refused with 400 invalid_version_header")
    void refusesMissingVersion() {
        BridgeHttp.Reply reply = fixture.http.send(bare("/v3/providers")
                .header("Client-Id", "test-client").header("Client-Secret", "test-secret"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("invalid_version_header");
    }

    @Test
    @DisplayName("the legacy Bridge-Version 2021-06-01 is refused with 400 invalid_version_header")
    void refusesUnknownVersion() {
        BridgeHttp.Reply reply = fixture.http.send(bare("/v3/providers")
                .header("Client-Id", "test-client").header("Client-Secret", "test-secret")
                .header("Bridge-Version", "2021-06-01"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("invalid_version_header");
        assertThat(reply.json().path("errors").path(0).path("property").asText()).isEqualTo("Bridge-Version");
    }

    @Test
    @DisplayName("a user call without a Bearer token is refused with 401, even with valid app headers")
    void refusesUserCallWithoutToken() {
        assertThat(fixture.http.get("/v3/aggregation/items").status()).isEqualTo(401);
        assertThat(fixture.http.get("/v3/aggregation/items", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("an unknown path under /v3 is a 404 in the errors envelope")
    void unknownPath() {
        BridgeHttp.Reply reply = fixture.http.get("/v3/aggregation/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("not_found");
    }
}
