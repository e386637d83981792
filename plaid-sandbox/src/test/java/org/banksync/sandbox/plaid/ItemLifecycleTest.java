package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/item/get reports the Item and its status; /item/remove invalidates the access token")
class ItemLifecycleTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.control.createItem(NewItem.at(SandboxFixture.UK_BANK).withWebhook("http://127.0.0.1:9/hook"));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("/item/get: institution, webhook, products, billed products, no error, and the transactions status")
    void itemGet() {
        JsonNode answer = fixture.http.call("/item/get", PlaidHttp.object().put("access_token", item.accessToken())).ok();
        JsonNode body = answer.get("item");
        assertThat(body.get("item_id").asText()).isEqualTo(item.itemId());
        assertThat(body.get("institution_id").asText()).isEqualTo(SandboxFixture.UK_BANK);
        assertThat(body.get("institution_name").asText()).isEqualTo("Royal Bank of Plaid");
        assertThat(body.get("webhook").asText()).isEqualTo("http://127.0.0.1:9/hook");
        assertThat(body.get("error").isNull()).isTrue();
        assertThat(body.get("products").get(0).asText()).isEqualTo("transactions");
        assertThat(body.get("billed_products").get(0).asText()).isEqualTo("transactions");
        assertThat(body.get("available_products").toString()).doesNotContain("transactions");
        JsonNode status = answer.get("status");
        assertThat(status.get("transactions").get("last_successful_update").asText()).isEqualTo("2026-03-16T09:30:00Z");
        assertThat(status.get("transactions").get("last_failed_update").isNull()).isTrue();
        assertThat(status.get("last_webhook").isNull()).isTrue();

        fixture.http.call("/auth/get", PlaidHttp.object().put("access_token", item.accessToken())).ok();
        assertThat(fixture.http.call("/item/get", PlaidHttp.object().put("access_token", item.accessToken())).ok()
                .get("item").get("billed_products").toString()).contains("auth");
    }

    @Test
    @DisplayName("/item/remove answers a request_id, then every call with the token is INVALID_ACCESS_TOKEN")
    void remove() {
        JsonNode removed = fixture.http.call("/item/remove", PlaidHttp.object().put("access_token", item.accessToken())
                .put("reason_code", "USER_REQUEST")).ok();
        assertThat(removed.get("request_id").asText()).isNotBlank();
        for (String path : new String[] {"/item/get", "/accounts/get", "/transactions/sync", "/item/remove"}) {
            PlaidHttp.Reply reply = fixture.http.call(path, PlaidHttp.object().put("access_token", item.accessToken()));
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.errorCode()).as(path).isEqualTo("INVALID_ACCESS_TOKEN");
        }
    }

    @Test
    @DisplayName("/item/webhook/update changes the Item's webhook URL")
    void webhookUpdate() {
        JsonNode answer = fixture.http.call("/item/webhook/update", PlaidHttp.object()
                .put("access_token", item.accessToken()).put("webhook", "https://erp.example/plaid/webhook")).ok();
        assertThat(answer.get("item").get("webhook").asText()).isEqualTo("https://erp.example/plaid/webhook");
        assertThat(fixture.control.item(item.itemId()).webhook()).isEqualTo("https://erp.example/plaid/webhook");
    }
}
