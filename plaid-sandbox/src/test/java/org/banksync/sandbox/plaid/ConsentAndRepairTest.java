package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EU/UK consent runs 180 days: PENDING_EXPIRATION 7 days before, then ITEM_LOGIN_REQUIRED until update mode repairs it")
class ConsentAndRepairTest {

    private static final Instant EXPIRY = SandboxFixture.START.plus(Duration.ofDays(180));

    private SandboxFixture fixture;
    private WebhookReceiver receiver;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        receiver = new WebhookReceiver();
        item = fixture.control.createItem(NewItem.at(SandboxFixture.FRENCH_BANK).withWebhook(receiver.url().toString()));
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixture.close();
    }

    private JsonNode itemGet() {
        return fixture.http.call("/item/get", PlaidHttp.object().put("access_token", item.accessToken())).ok();
    }

    @Test
    @DisplayName("consent_expiration_time is link time + 180 days; US Items have none")
    void consentTime() {
        JsonNode answer = itemGet();
        assertThat(answer.get("item").get("consent_expiration_time").asText()).isEqualTo("2026-09-12T09:30:00Z");
        assertThat(answer.get("item").get("update_type").asText()).isEqualTo("background");
        assertThat(answer.get("item").get("created_at").asText()).isEqualTo("2026-03-16T09:30:00Z");
        ItemRecord us = fixture.item(SandboxFixture.US_BANK);
        assertThat(fixture.http.call("/item/get", PlaidHttp.object().put("access_token", us.accessToken())).ok()
                .get("item").get("consent_expiration_time").isNull()).isTrue();
    }

    @Test
    @DisplayName("at T-7d PENDING_EXPIRATION; at T ITEM/ERROR and 400 ITEM_LOGIN_REQUIRED (OAUTH_CONSENT_EXPIRED); update mode repairs it")
    void expiryAndRepair() throws Exception {
        String cursor = fixture.loop(item.accessToken(), null, 500, null).nextCursor();
        fixture.control.setClock(EXPIRY.minus(Duration.ofDays(7)).plusSeconds(60));
        JsonNode pending = receiver.await("ITEM/PENDING_EXPIRATION").json();
        assertThat(pending.get("item_id").asText()).isEqualTo(item.itemId());
        assertThat(pending.get("consent_expiration_time").asText()).isEqualTo("2026-09-12T09:30:00Z");
        assertThat(fixture.sync(item.accessToken(), cursor, 500, null).status()).isEqualTo(200);

        fixture.control.setClock(EXPIRY.plusSeconds(1));
        JsonNode error = receiver.await("ITEM/ERROR").json().get("error");
        assertThat(error.get("error_code").asText()).isEqualTo("ITEM_LOGIN_REQUIRED");
        assertThat(error.get("error_code_reason").asText()).isEqualTo("OAUTH_CONSENT_EXPIRED");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        PlaidHttp.Reply refused = fixture.sync(item.accessToken(), cursor, 500, null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorType()).isEqualTo("ITEM_ERROR");
        assertThat(refused.errorCode()).isEqualTo("ITEM_LOGIN_REQUIRED");
        assertThat(refused.json().get("error_code_reason").asText()).isEqualTo("OAUTH_CONSENT_EXPIRED");
        assertThat(fixture.http.call("/accounts/get", PlaidHttp.object().put("access_token", item.accessToken()))
                .errorCode()).isEqualTo("ITEM_LOGIN_REQUIRED");
        assertThat(itemGet().get("item").get("error").get("error_code").asText()).isEqualTo("ITEM_LOGIN_REQUIRED");

        repairThroughUpdateMode();

        receiver.await("ITEM/LOGIN_REPAIRED");
        JsonNode repaired = itemGet().get("item");
        assertThat(repaired.get("error").isNull()).isTrue();
        assertThat(Instant.parse(repaired.get("consent_expiration_time").asText()))
                .isEqualTo(EXPIRY.plusSeconds(1).plus(Duration.ofDays(180)));
        assertThat(fixture.sync(item.accessToken(), cursor, 500, null).status()).as("same access token, same cursor")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("the expire-consent switch fails the Item at once; reset_login and revocation do the same with their webhooks")
    void switches() throws Exception {
        assertThat(fixture.control.expireConsent(item.itemId()).errorCodeReason()).isEqualTo("OAUTH_CONSENT_EXPIRED");
        assertThat(fixture.sync(item.accessToken(), null, 10, null).errorCode()).isEqualTo("ITEM_LOGIN_REQUIRED");
        repairThroughUpdateMode();
        assertThat(fixture.sync(item.accessToken(), null, 10, null).status()).isEqualTo(200);

        JsonNode reset = fixture.http.call("/sandbox/item/reset_login",
                PlaidHttp.object().put("access_token", item.accessToken())).ok();
        assertThat(reset.get("reset_login").asBoolean()).isTrue();
        PlaidHttp.Reply refused = fixture.sync(item.accessToken(), null, 10, null);
        assertThat(refused.errorCode()).isEqualTo("ITEM_LOGIN_REQUIRED");
        assertThat(refused.json().get("error_code_reason").isNull()).isTrue();
        repairThroughUpdateMode();

        ItemRecord revoked = fixture.control.revokeAccess(item.itemId());
        assertThat(revoked.errorCode()).isEqualTo("ITEM_LOGIN_REQUIRED");
        assertThat(revoked.errorCodeReason()).isEqualTo("OAUTH_USER_REVOKED");
        assertThat(receiver.await("ITEM/USER_PERMISSION_REVOKED").json().get("item_id").asText()).isEqualTo(item.itemId());
    }

    /** Update mode through the hosted page: link token with access_token and no products, then user_good. */
    private void repairThroughUpdateMode() throws Exception {
        ObjectNode body = PlaidHttp.object().put("client_name", "Banksync").put("language", "fr")
                .put("access_token", item.accessToken());
        body.putArray("country_codes").add("FR");
        body.putObject("user").put("client_user_id", "user-42");
        body.putObject("hosted_link").put("completion_redirect_uri", "https://erp.example/plaid/return");
        JsonNode token = fixture.http.call("/link/token/create", body).ok();
        assertThat(Instant.parse(token.get("expiration").asText()))
                .isEqualTo(fixture.control.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS));
        PlaidHttp.Reply page = fixture.http.get(token.get("hosted_link_url").asText());
        assertThat(page.body()).contains("id=\"update-mode\"", "id=\"username\"").doesNotContain("id=\"institutions\"");
        String action = HostedLinkTest.find(page.body(), "<form id=\"login-form\" method=\"post\" action=\"([^\"]+)\"");
        PlaidHttp.Reply done = fixture.http.postForm(action,
                "institution_id=" + SandboxFixture.FRENCH_BANK + "&username=user_good&password=pass_good");
        assertThat(done.status()).isEqualTo(302);
        JsonNode session = fixture.http.call("/link/token/get",
                PlaidHttp.object().put("link_token", token.get("link_token").asText())).ok().get("link_sessions").get(0);
        assertThat(session.get("results").get("item_add_results")).isEmpty();
        assertThat(session.get("exit").isNull()).isTrue();
    }
}
