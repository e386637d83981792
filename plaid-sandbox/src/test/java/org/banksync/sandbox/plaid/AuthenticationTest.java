package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Plaid's keys travel in the body or in headers; bad keys, bad versions and unknown paths are refused")
class AuthenticationTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String itemGet(String clientId, String secret) {
        return "{\"client_id\":\"" + clientId + "\",\"secret\":\"" + secret + "\",\"access_token\":\""
                + item.accessToken() + "\"}";
    }

    @Test
    @DisplayName("client_id and secret in the JSON body are accepted, and the answer carries a request_id")
    void keysInBody() {
        PlaidHttp.Reply reply = fixture.http.raw("/item/get", itemGet("test-client", "test-secret"),
                "Content-Type", "application/json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("item").get("item_id").asText()).isEqualTo(item.itemId());
        assertThat(reply.json().get("request_id").asText()).matches("[A-Za-z0-9]{15}");
    }

    @Test
    @DisplayName("PLAID-CLIENT-ID and PLAID-SECRET headers are accepted, with Plaid-Version 2020-09-14")
    void keysInHeaders() {
        PlaidHttp.Reply reply = fixture.http.raw("/item/get", "{\"access_token\":\"" + item.accessToken() + "\"}",
                "Content-Type", "application/json", "PLAID-CLIENT-ID", "test-client", "PLAID-SECRET", "test-secret",
                "Plaid-Version", "2020-09-14");
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a wrong secret is 400 INVALID_INPUT / INVALID_API_KEYS in Plaid's error body")
    void wrongSecret() {
        PlaidHttp.Reply reply = fixture.http.raw("/item/get", itemGet("test-client", "wrong"),
                "Content-Type", "application/json");
        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json();
        assertThat(error.get("error_type").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("error_code").asText()).isEqualTo("INVALID_API_KEYS");
        assertThat(error.has("error_code_reason")).isTrue();
        assertThat(error.get("error_message").asText()).isNotBlank();
        assertThat(error.has("display_message")).isTrue();
        assertThat(error.get("request_id").asText()).isNotBlank();
    }

    @Test
    @DisplayName("a wrong client id in the header is INVALID_API_KEYS too; no keys at all is MISSING_FIELDS")
    void wrongOrMissingHeaders() {
        assertThat(fixture.http.raw("/item/get", "{\"access_token\":\"x\"}", "Content-Type", "application/json",
                "PLAID-CLIENT-ID", "someone-else", "PLAID-SECRET", "test-secret").errorCode())
                .isEqualTo("INVALID_API_KEYS");
        PlaidHttp.Reply missing = fixture.http.raw("/item/get", "{\"access_token\":\"x\"}",
                "Content-Type", "application/json");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("MISSING_FIELDS");
        assertThat(missing.json().get("error_message").asText()).contains("client_id", "secret");
    }

    @Test
    @DisplayName("an unsupported Plaid-Version is INVALID_HEADERS")
    void wrongVersion() {
        PlaidHttp.Reply reply = fixture.http.raw("/item/get", itemGet("test-client", "test-secret"),
                "Content-Type", "application/json", "Plaid-Version", "2017-03-08");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_HEADERS");
    }

    @Test
    @DisplayName("an unknown path, or a GET on a Plaid path, is 404 INVALID_REQUEST / NOT_FOUND with a request_id")
    void unknownPath() {
        PlaidHttp.Reply unknown = fixture.http.call("/transactions/get_everything", PlaidHttp.object());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorType()).isEqualTo("INVALID_REQUEST");
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(unknown.json().get("request_id").asText()).isNotBlank();
        assertThat(fixture.http.get("/item/get").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("an unknown or removed access token is INVALID_INPUT / INVALID_ACCESS_TOKEN")
    void invalidAccessToken() {
        PlaidHttp.Reply reply = fixture.http.call("/accounts/get",
                PlaidHttp.object().put("access_token", "access-sandbox-00000000-0000-0000-0000-000000000000"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_ACCESS_TOKEN");
    }
}
