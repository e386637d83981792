package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Users get two-hour access tokens on the sandbox clock")
class UsersAndTokensTest {

    private SandboxFixture fixture;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(50);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("creating a user answers its uuid and external_user_id, and a second one with the same id conflicts")
    void createsUsers() {
        BridgeHttp.Reply created = fixture.http.post("/v3/aggregation/users", "{\"external_user_id\":\"ACME-42\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("uuid").asText()).matches("[0-9a-f-]{36}");
        assertThat(created.json().get("external_user_id").asText()).isEqualTo("ACME-42");
        assertThat(fixture.http.post("/v3/aggregation/users", "{\"external_user_id\":\"ACME-42\"}").status()).isEqualTo(409);
        assertThat(fixture.http.get("/v3/aggregation/users").json().get("resources")).hasSize(1);
        assertThat(fixture.http.get("/v3/aggregation/users/" + created.json().get("uuid").asText()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a token is issued by user_uuid or external_user_id, expires two hours later, and names its user")
    void issuesTokens() {
        String uuid = fixture.http.post("/v3/aggregation/users", "{\"external_user_id\":\"ext-1\"}").json().get("uuid").asText();
        JsonNode byUuid = fixture.http.post("/v3/aggregation/authorization/token", "{\"user_uuid\":\"" + uuid + "\"}").json();
        JsonNode byExternal = fixture.http.post("/v3/aggregation/authorization/token", "{\"external_user_id\":\"ext-1\"}").json();

        assertThat(Instant.parse(byUuid.get("expires_at").asText())).isEqualTo(SandboxFixture.START.plus(Duration.ofHours(2)));
        assertThat(byUuid.get("expires_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(byUuid.path("user").path("uuid").asText()).isEqualTo(uuid);
        assertThat(byExternal.path("user").path("external_user_id").asText()).isEqualTo("ext-1");
        assertThat(byExternal.get("access_token").asText()).isNotEqualTo(byUuid.get("access_token").asText());
    }

    @Test
    @DisplayName("a token works until the clock moves two hours, then user calls answer 401")
    void tokenExpires() {
        String user = fixture.newUser();
        String token = fixture.token(user);
        assertThat(fixture.http.get("/v3/aggregation/items", token).status()).isEqualTo(200);

        fixture.control.advanceClock(Duration.ofMinutes(119));
        assertThat(fixture.http.get("/v3/aggregation/items", token).status()).isEqualTo(200);

        fixture.control.advanceClock(Duration.ofMinutes(1));
        BridgeHttp.Reply expired = fixture.http.get("/v3/aggregation/items", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("expired_access_token");
        assertThat(fixture.http.get("/v3/aggregation/items", fixture.token(user)).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a token for an unknown user is a 404, a body without user is a 400 naming the property")
    void tokenForUnknownUser() {
        assertThat(fixture.http.post("/v3/aggregation/authorization/token", "{\"user_uuid\":\"nobody\"}").status()).isEqualTo(404);
        BridgeHttp.Reply missing = fixture.http.post("/v3/aggregation/authorization/token", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").path(0).path("property").asText()).isEqualTo("user_uuid");
    }

    @Test
    @DisplayName("a POST body without Content-Type application/json is a 415, invalid JSON a 422")
    void checksBodies() {
        BridgeHttp.Reply noType = fixture.http.send(fixture.http.app("/v3/aggregation/users")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(noType.status()).isEqualTo(415);
        BridgeHttp.Reply broken = fixture.http.post("/v3/aggregation/users", "{\"external_user_id\":");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.errorCode()).isEqualTo("invalid_json");
    }

    @Test
    @DisplayName("deleting a user removes them, their items and their tokens")
    void deletesUsers() {
        SandboxFixture.Connected alice = fixture.connected("success");
        assertThat(fixture.http.delete("/v3/aggregation/users/" + alice.userUuid(), alice.token()).status()).isEqualTo(204);
        assertThat(fixture.http.get("/v3/aggregation/users/" + alice.userUuid()).status()).isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/items", alice.token()).status()).isEqualTo(401);
    }
}
