package org.banksync.adapters.plaid.webhook;

import org.banksync.adapters.plaid.testing.PlaidHarness;
import org.banksync.adapters.plaid.testing.WebhookReceiver;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.data.Institutions;
import org.banksync.sandbox.plaid.webhook.WebhookDelivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Plaid's webhooks, signed and delivered by the sandbox over HTTP")
class PlaidWebhookTest {

    @RegisterExtension
    static final PlaidHarness plaid = new PlaidHarness();
    static final WebhookReceiver receiver = new WebhookReceiver();

    private ItemRecord item;

    @BeforeEach
    void receive() {
        receiver.clear();
        // The sandbox signs with the wall clock, so the verifier checks iat against it too.
        receiver.serve(new PlaidWebhookResource(new WebhookVerifier(new VerificationKeys(plaid.stack().gateway(),
                plaid.stack().endpoints()), Clock.systemUTC()), receiver, plaid.stack().accounts(), plaid.stack().state(),
                plaid.clock));
        item = plaid.connectedItem(Institutions.FIRST_PLATYPUS);
        plaid.control().setItemWebhook(item.itemId(), receiver.url());
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    @DisplayName("new transactions queue a run for each account of the Item, each event with its own digest")
    void syncUpdatesAvailable() {
        WebhookDelivery delivery = plaid.control().fireWebhook(item.itemId(), "TRANSACTIONS", "SYNC_UPDATES_AVAILABLE");

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(receiver.events()).hasSize(item.accounts().size()).allSatisfy(event -> {
            assertThat(event).isInstanceOf(ProviderEvent.AccountUpdated.class);
            assertThat(event.provider()).isEqualTo(Provider.PLAID);
            assertThat(event.digest()).matches("[0-9a-f]{64}");
            assertThat(((ProviderEvent.AccountUpdated) event).itemId()).isEqualTo(item.itemId());
        });
        assertThat(receiver.events()).extracting(event -> ((ProviderEvent.AccountUpdated) event).externalAccountId())
                .containsExactlyInAnyOrderElementsOf(item.accounts().stream().map(a -> a.accountId()).toList());
        assertThat(receiver.events()).extracting(ProviderEvent::digest).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("the Item's login to repair, its repair and a revocation at the bank become connection states")
    void itemEvents() {
        plaid.control().resetLogin(item.itemId());
        ProviderEvent.ItemRefreshed error = (ProviderEvent.ItemRefreshed) receiver.awaitEvent(e -> e instanceof ProviderEvent.ItemRefreshed);
        assertThat(error.state()).isEqualTo(ConnectionState.ACTION_NEEDED);
        assertThat(error.stateDetail()).contains("ITEM_LOGIN_REQUIRED");

        receiver.clear();
        plaid.control().fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED");
        assertThat(receiver.events()).singleElement().isInstanceOfSatisfying(ProviderEvent.ItemRefreshed.class,
                repaired -> assertThat(repaired.state()).isEqualTo(ConnectionState.OK));

        receiver.clear();
        plaid.control().fireWebhook(item.itemId(), "ITEM", "USER_PERMISSION_REVOKED");
        assertThat(receiver.events()).singleElement().isInstanceOfSatisfying(ProviderEvent.ItemRefreshed.class,
                revoked -> {
                    assertThat(revoked.state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
                    assertThat(revoked.stateDetail()).contains("revoked at the bank");
                });
    }

    @Test
    @DisplayName("a consent about to expire is announced with its date; legacy codes are acknowledged and ignored")
    void pendingExpirationAndLegacy() {
        ItemRecord french = plaid.connectedItem(Institutions.FRENCH_BANK);
        plaid.control().setItemWebhook(french.itemId(), receiver.url());
        plaid.control().setClock(french.consentExpirationTime().minus(Duration.ofDays(6)));

        ProviderEvent.ItemRefreshed warned = (ProviderEvent.ItemRefreshed) receiver.awaitEvent(e -> e instanceof ProviderEvent.ItemRefreshed);
        assertThat(warned.itemId()).isEqualTo(french.itemId());
        assertThat(warned.state()).isEqualTo(ConnectionState.OK);
        assertThat(warned.consentExpiresAt()).isEqualTo(french.consentExpirationTime());
        assertThat(warned.stateDetail()).startsWith("The bank's consent expires on");

        receiver.clear();
        plaid.control().fireWebhook(item.itemId(), "TRANSACTIONS", "DEFAULT_UPDATE");
        assertThat(receiver.events()).singleElement().isInstanceOf(ProviderEvent.Other.class);
    }

    @Test
    @DisplayName("a forged, replayed-late or re-serialized delivery is refused with 401 and reaches nothing")
    void refusedDeliveries() throws Exception {
        WebhookDelivery genuine = plaid.control().fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED",
                URI.create("http://127.0.0.1:9/nowhere"));
        receiver.clear();

        assertThat(post(genuine.body().replace("LOGIN_REPAIRED", "ERROR"), genuine.verification())).isEqualTo(401);
        assertThat(post(genuine.body(), null)).isEqualTo(401);
        String[] parts = genuine.verification().split("\\.");
        String hs256 = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).replace("ES256", "HS256")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(post(genuine.body(), hs256 + "." + parts[1] + "." + parts[2])).isEqualTo(401);

        plaid.control().webhookClockSkew(Duration.ofMinutes(6));
        WebhookDelivery late = plaid.control().fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED");
        assertThat(late.status()).isEqualTo(401);
        assertThat(receiver.events()).isEmpty();

        assertThat(post(genuine.body(), genuine.verification())).isEqualTo(200);
        assertThat(receiver.events()).hasSize(1);
    }

    @Test
    @DisplayName("after Plaid rotates its signing key, the new key is fetched by its id and deliveries verify")
    void rotatedKey() {
        assertThat(plaid.control().fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED").status()).isEqualTo(200);
        plaid.control().rotateWebhookKey();

        assertThat(plaid.control().fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED").status()).isEqualTo(200);
        assertThat(plaid.stack().exchange().attempts("POST /webhook_verification_key/get")).hasSize(2);
    }

    private static int post(String body, String verification) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver.url())
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (verification != null) {
            request.header("Plaid-Verification", verification);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
