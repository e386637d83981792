package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.banksync.sandbox.bridge.control.NewTransaction;
import org.banksync.sandbox.bridge.data.Transaction;
import org.banksync.sandbox.bridge.webhook.WebhookDelivery;
import org.banksync.sandbox.bridge.webhook.WebhookRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhooks arrive in Bridge's envelope, signed with the webhook secret")
class WebhookTest {

    private SandboxFixture fixture;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(60);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixture.close();
    }

    @Test
    @DisplayName("item.account.updated carries the change counts and a v1 signature a receiver can verify")
    void accountUpdatedIsSigned() throws Exception {
        SandboxFixture.Connected user = fixture.connected("success");
        long account = user.item().account("checking").id();
        List<Transaction> truth = fixture.control.groundTruth(account);
        fixture.control.addTransaction(account, NewTransaction.of("-5", null, "Café"));
        fixture.control.addTransaction(account, NewTransaction.of("-6", null, "Café"));
        fixture.control.deleteTransaction(truth.get(0).id());

        WebhookDelivery delivery = fixture.control.sendWebhook(WebhookRequest.accountUpdated(account).to(receiver.url()));
        WebhookReceiver.Received received = receiver.next();

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(received.text()).isEqualTo(delivery.body());
        assertThat(received.signature()).isEqualTo("v1=" + hmac("whsec-test", received.body()));
        assertThat(received.signature().substring(3)).matches("[0-9A-F]{64}");
        JsonNode envelope = BridgeHttp.JSON.readTree(received.body());
        assertThat(envelope.get("type").asText()).isEqualTo("item.account.updated");
        assertThat(envelope.get("timestamp").asLong()).isEqualTo(SandboxFixture.START.toEpochMilli());
        JsonNode content = envelope.get("content");
        assertThat(content.get("account_id").asLong()).isEqualTo(account);
        assertThat(content.get("item_id").asLong()).isEqualTo(user.item().id());
        assertThat(content.get("user_uuid").asText()).isEqualTo(user.userUuid());
        assertThat(content.get("nb_new_transactions").asInt()).isEqualTo(2);
        assertThat(content.get("nb_updated_transactions").asInt()).isZero();
        assertThat(content.get("nb_deleted_transactions").asInt()).isEqualTo(1);
        assertThat(content.has("balance")).isTrue();
    }

    @Test
    @DisplayName("during a secret rotation the header carries two v1 values, one per secret")
    void rotation() throws Exception {
        SandboxFixture.Connected user = fixture.connected("success");
        fixture.control.rotateWebhookSecret("whsec-new");
        fixture.control.sendWebhook(WebhookRequest.itemRefreshed(user.item().id()).to(receiver.url()));
        WebhookReceiver.Received received = receiver.next();

        assertThat(received.signature().split(",")).containsExactly(
                "v1=" + hmac("whsec-new", received.body()), "v1=" + hmac("whsec-test", received.body()));

        fixture.control.endWebhookRotation();
        fixture.control.sendWebhook(WebhookRequest.itemRefreshed(user.item().id()).to(receiver.url()));
        assertThat(receiver.next().signature()).doesNotContain(",");
    }

    @Test
    @DisplayName("item.refreshed and item.deleted describe the item as Bridge does")
    void itemEvents() throws Exception {
        SandboxFixture.Connected user = fixture.connected("success");
        fixture.control.sendWebhook(WebhookRequest.itemRefreshed(user.item().id()).to(receiver.url()));
        JsonNode refreshed = BridgeHttp.JSON.readTree(receiver.next().body()).get("content");
        assertThat(refreshed.get("status_code").asInt()).isZero();
        assertThat(refreshed.get("status_code_info").asText()).isEqualTo("ok");
        assertThat(refreshed.get("refresh_trigger").asText()).isEqualTo("scheduler");
        assertThat(refreshed.get("full_refresh").asBoolean()).isFalse();
        assertThat(refreshed.get("authentication_expires_at").asText()).isEqualTo("2026-09-12T09:30:00Z");

        fixture.control.sendWebhook(WebhookRequest.itemDeleted(user.item().id()).to(receiver.url()));
        JsonNode deleted = BridgeHttp.JSON.readTree(receiver.next().body());
        assertThat(deleted.get("type").asText()).isEqualTo("item.deleted");
        assertThat(deleted.get("content").get("item_id").asLong()).isEqualTo(user.item().id());
    }

    @Test
    @DisplayName("with a registered URL, finishing the connect page sends item.created, item.account.created and item.refreshed")
    void automaticWebhooks() throws Exception {
        fixture.control.registerWebhookUrl(receiver.url());
        String user = fixture.newUser();
        String token = fixture.token(user);
        String url = fixture.http.post("/v3/aggregation/connect-sessions",
                "{\"provider_id\":574,\"user_email\":\"a@b.fr\"}", token).json().get("url").asText();
        String sessionId = url.substring(url.lastIndexOf('/') + 1);
        BridgeHttp.Reply page = fixture.http.send(HttpRequest.newBuilder(
                        URI.create(fixture.sandbox.baseUrl() + "/connect/" + sessionId + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("provider_id=574&login=success&password=x")));
        assertThat(page.status()).isEqualTo(200);

        List<String> types = new ArrayList<>();
        String type = "";
        while (!type.equals("item.refreshed")) {
            WebhookReceiver.Received received = receiver.next();
            assertThat(received.signature()).isEqualTo("v1=" + hmac("whsec-test", received.body()));
            type = BridgeHttp.JSON.readTree(received.body()).get("type").asText();
            types.add(type);
        }
        assertThat(types.get(0)).isEqualTo("item.created");
        assertThat(types).contains("item.account.created");
        assertThat(types.subList(1, types.size() - 1)).containsOnly("item.account.created");
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().withUpperCase().formatHex(mac.doFinal(body));
    }
}
