package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bodies are read strictly: unknown, missing, unparseable and out-of-range fields are refused")
class StrictBodyTest {

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

    @Test
    @DisplayName("an unknown top-level field is 400 INVALID_REQUEST / UNKNOWN_FIELDS naming it")
    void unknownField() {
        PlaidHttp.Reply reply = fixture.http.call("/accounts/get",
                PlaidHttp.object().put("access_token", item.accessToken()).put("acces_token_typo", "x"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorType()).isEqualTo("INVALID_REQUEST");
        assertThat(reply.errorCode()).isEqualTo("UNKNOWN_FIELDS");
        assertThat(reply.json().get("error_message").asText()).contains("acces_token_typo");
    }

    @Test
    @DisplayName("an unknown field inside options is refused with its dotted name")
    void unknownNestedField() {
        ObjectNode body = PlaidHttp.object().put("access_token", item.accessToken());
        body.putObject("options").put("include_original_descriptions", true);
        PlaidHttp.Reply reply = fixture.http.call("/transactions/sync", body);
        assertThat(reply.errorCode()).isEqualTo("UNKNOWN_FIELDS");
        assertThat(reply.json().get("error_message").asText()).contains("options.include_original_descriptions");
    }

    @Test
    @DisplayName("missing required fields are MISSING_FIELDS, all named at once")
    void missingFields() {
        PlaidHttp.Reply reply = fixture.http.call("/link/token/create", PlaidHttp.object().put("client_name", "Banksync"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("MISSING_FIELDS");
        assertThat(reply.json().get("error_message").asText()).contains("language", "country_codes", "user", "products");
    }

    @Test
    @DisplayName("a body that is not a JSON object is INVALID_BODY")
    void invalidBody() {
        PlaidHttp.Reply broken = fixture.http.raw("/item/get", "{\"client_id\": \"test-client\",",
                "Content-Type", "application/json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errorCode()).isEqualTo("INVALID_BODY");
        assertThat(fixture.http.raw("/item/get", "[1,2]", "Content-Type", "application/json").errorCode())
                .isEqualTo("INVALID_BODY");
        assertThat(fixture.http.raw("/item/get", "client_id=x", "Content-Type", "application/x-www-form-urlencoded")
                .errorCode()).isEqualTo("INVALID_BODY");
    }

    @Test
    @DisplayName("a count outside 1..500 or a field of the wrong type is INVALID_FIELD")
    void invalidField() {
        for (int count : new int[] {0, 501}) {
            PlaidHttp.Reply reply = fixture.http.call("/transactions/sync",
                    PlaidHttp.object().put("access_token", item.accessToken()).put("count", count));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("INVALID_FIELD");
        }
        assertThat(fixture.http.call("/transactions/sync",
                PlaidHttp.object().put("access_token", item.accessToken()).put("count", "ten")).errorCode())
                .isEqualTo("INVALID_FIELD");
        assertThat(fixture.http.call("/accounts/get", PlaidHttp.object().put("access_token", 12)).errorCode())
                .isEqualTo("INVALID_FIELD");
    }

    @Test
    @DisplayName("a client_name over 30 characters or an unknown country is INVALID_FIELD")
    void linkTokenValues() {
        ObjectNode body = PlaidHttp.object().put("client_name", "A client name far longer than thirty characters")
                .put("language", "fr");
        body.putArray("country_codes").add("FR");
        body.putObject("user").put("client_user_id", "user-1");
        body.putArray("products").add("transactions");
        assertThat(fixture.http.call("/link/token/create", body).errorCode()).isEqualTo("INVALID_FIELD");
        body.put("client_name", "Banksync");
        body.putArray("country_codes").add("XX");
        assertThat(fixture.http.call("/link/token/create", body).errorCode()).isEqualTo("INVALID_FIELD");
    }
}
