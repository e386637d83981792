package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Plaid's own sandbox endpoints: public_token/create, item/fire_webhook; and the product's start on first sync")
class SandboxEndpointsTest {

    private SandboxFixture fixture;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixture.close();
    }

    private PlaidHttp.Reply createPublicToken(String institution, String product, String password) {
        ObjectNode body = PlaidHttp.object().put("institution_id", institution);
        body.putArray("initial_products").add(product);
        ObjectNode options = body.putObject("options").put("webhook", receiver.url().toString());
        if (password != null) {
            options.put("override_username", "user_good").put("override_password", password);
        }
        return fixture.http.call("/sandbox/public_token/create", body);
    }

    private String exchange(String publicToken) {
        return fixture.http.call("/item/public_token/exchange", PlaidHttp.object().put("public_token", publicToken)).ok()
                .get("access_token").asText();
    }

    @Test
    @DisplayName("/sandbox/public_token/create skips Link: the token exchanges for an Item with the webhook given")
    void publicTokenCreate() {
        String publicToken = createPublicToken(SandboxFixture.FRENCH_BANK, "transactions", null).ok()
                .get("public_token").asText();
        assertThat(publicToken).startsWith("public-sandbox-");
        String accessToken = exchange(publicToken);
        JsonNode item = fixture.http.call("/item/get", PlaidHttp.object().put("access_token", accessToken)).ok().get("item");
        assertThat(item.get("institution_id").asText()).isEqualTo(SandboxFixture.FRENCH_BANK);
        assertThat(item.get("webhook").asText()).isEqualTo(receiver.url().toString());
    }

    @Test
    @DisplayName("login scenarios: a wrong password is ITEM_ERROR / INVALID_CREDENTIALS, error_ITEM_LOCKED is ITEM_LOCKED, the down bank INSTITUTION_DOWN")
    void loginScenarios() {
        PlaidHttp.Reply wrong = createPublicToken(SandboxFixture.FIRST_PLATYPUS, "transactions", "nope");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorType()).isEqualTo("ITEM_ERROR");
        assertThat(wrong.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(createPublicToken(SandboxFixture.FIRST_PLATYPUS, "transactions", "error_ITEM_LOCKED").errorCode())
                .isEqualTo("ITEM_LOCKED");
        assertThat(createPublicToken(SandboxFixture.DOWN_BANK, "transactions", null).errorCode())
                .isEqualTo("INSTITUTION_DOWN");
        assertThat(createPublicToken("ins_000000", "transactions", null).errorCode()).isEqualTo("INVALID_INSTITUTION");
    }

    @Test
    @DisplayName("/sandbox/item/fire_webhook sends the webhook to the Item's URL; PENDING_EXPIRATION cannot be fired")
    void fireWebhook() throws Exception {
        String accessToken = exchange(createPublicToken(SandboxFixture.FIRST_PLATYPUS, "transactions", null).ok()
                .get("public_token").asText());
        JsonNode fired = fixture.http.call("/sandbox/item/fire_webhook", PlaidHttp.object()
                .put("access_token", accessToken).put("webhook_code", "SYNC_UPDATES_AVAILABLE")).ok();
        assertThat(fired.get("webhook_fired").asBoolean()).isTrue();
        assertThat(receiver.await("TRANSACTIONS/SYNC_UPDATES_AVAILABLE").json().get("historical_update_complete")
                .asBoolean()).isTrue();
        assertThat(fixture.http.call("/sandbox/item/fire_webhook", PlaidHttp.object()
                .put("access_token", accessToken).put("webhook_code", "PENDING_EXPIRATION")).errorCode())
                .isEqualTo("INVALID_FIELD");
        JsonNode status = fixture.http.call("/item/get", PlaidHttp.object().put("access_token", accessToken)).ok()
                .get("status").get("last_webhook");
        assertThat(status.get("code_sent").asText()).isEqualTo("SYNC_UPDATES_AVAILABLE");
    }

    @Test
    @DisplayName("an Item linked without transactions starts the product on its first sync, over options.days_requested")
    void transactionsStartOnFirstSync() {
        String accessToken = exchange(createPublicToken(SandboxFixture.US_BANK, "auth", null).ok()
                .get("public_token").asText());
        JsonNode accounts = fixture.http.call("/accounts/get", PlaidHttp.object().put("access_token", accessToken)).ok();
        String accountId = accounts.get("accounts").get(0).get("account_id").asText();
        assertThat(fixture.control.groundTruth(accountId)).isEmpty();

        ObjectNode body = PlaidHttp.object().put("access_token", accessToken).put("count", 500);
        body.putObject("options").put("days_requested", 30);
        JsonNode page = fixture.http.call("/transactions/sync", body).ok();
        assertThat(page.get("added")).isNotEmpty();
        LocalDate earliest = LocalDate.parse("2026-03-16").minusDays(29);
        for (TransactionRecord row : fixture.control.groundTruth(accountId)) {
            assertThat(row.date()).isAfterOrEqualTo(earliest);
        }
    }

    @Test
    @DisplayName("initialNotReady: the first sync is empty, NOT_READY, next_cursor \"\"; SYNC_UPDATES_AVAILABLE follows; then the data")
    void initialNotReady() throws Exception {
        fixture.control.setInitialNotReady(true);
        String accessToken = exchange(createPublicToken(SandboxFixture.FIRST_PLATYPUS, "transactions", null).ok()
                .get("public_token").asText());
        JsonNode first = fixture.http.call("/transactions/sync", PlaidHttp.object().put("access_token", accessToken)).ok();
        assertThat(first.get("added")).isEmpty();
        assertThat(first.get("next_cursor").asText()).isEmpty();
        assertThat(first.get("has_more").asBoolean()).isFalse();
        assertThat(first.get("transactions_update_status").asText()).isEqualTo("NOT_READY");
        JsonNode webhook = receiver.await("TRANSACTIONS/SYNC_UPDATES_AVAILABLE").json();
        assertThat(webhook.get("initial_update_complete").asBoolean()).isTrue();
        JsonNode second = fixture.http.call("/transactions/sync", PlaidHttp.object().put("access_token", accessToken)
                .put("cursor", "").put("count", 500)).ok();
        assertThat(second.get("added")).isNotEmpty();
        assertThat(second.get("transactions_update_status").asText()).isEqualTo("HISTORICAL_UPDATE_COMPLETE");
    }

    @Test
    @DisplayName("the control API creates Items at every seeded bank with 1 to 3 accounts")
    void seededBanks() {
        for (String institution : new String[] {SandboxFixture.FIRST_PLATYPUS, SandboxFixture.FRENCH_BANK,
            SandboxFixture.UK_BANK, SandboxFixture.US_BANK}) {
            ItemRecord item = fixture.item(institution);
            assertThat(item.accounts()).hasSizeBetween(1, 3);
            assertThat(item.publicToken()).startsWith("public-sandbox-");
            assertThat(item.accessToken()).startsWith("access-sandbox-");
        }
    }
}
