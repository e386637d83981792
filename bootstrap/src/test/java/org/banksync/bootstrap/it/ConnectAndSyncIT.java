package org.banksync.bootstrap.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.banksync.bootstrap.testing.Journeys;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.Poll;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.banksync.sandbox.bridge.control.NewTransaction;
import org.banksync.sandbox.bridge.control.SandboxControl;
import org.banksync.sandbox.bridge.control.TransactionChange;
import org.banksync.sandbox.bridge.fault.Fault;
import org.banksync.sandbox.bridge.data.Transaction;
import org.banksync.sandbox.bridge.webhook.WebhookDelivery;
import org.banksync.sandbox.bridge.webhook.WebhookRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Bridge path through the real WAR on Payara Micro, over HTTP, against the Bridge sandbox:
 * connect Demo Bank through the hosted page, link an account, synchronise its history, then follow
 * the bank's changes through a signed webhook until Banksync holds exactly what the bank holds.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectAndSyncIT {

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final URI base = TestEnvironmentSession.banksync();
    private final Http admin = Http.basic(base, "admin", TestEnvironmentSession.ADMIN_PASSWORD);
    private final SandboxControl bank = TestEnvironmentSession.sandbox().control();
    private final Journeys journeys = new Journeys(base, admin);

    @Test
    @DisplayName("a user connects Demo Bank, links its checking account, synchronises its history, and a webhook brings the bank's changes")
    void connectLinkSynchroniseAndFollowChanges() {
        Journeys.Connected connected = journeys.connectDemoBank();
        assertThat(connected.connection().getString("state")).isEqualTo("OK");
        assertThat(connected.connection().getString("consentExpiresAt")).isNotBlank();
        List<JsonObject> providerAccounts = journeys.providerAccounts(connected);
        assertThat(providerAccounts).hasSizeGreaterThanOrEqualTo(4);
        JsonObject checking = providerAccounts.stream().filter(a -> "checking".equals(a.getString("type")) && !a.isNull("iban"))
                .findFirst().orElseThrow();

        assertThat(Http.json(admin.get("api/v1/categories?limit=500")).getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(category -> "IMPORTED".equals(category.getString("origin")) && "bridge".equals(category.getString("provider")));

        String accountId = journeys.openAndLink(connected, checking);
        assertThat(Http.json(admin.get("api/v1/bank-accounts/" + accountId)).getString("providerAccountId")).isEqualTo(checking.getString("id"));

        LocalDate since = LocalDate.now().minusMonths(6);
        JsonObject firstRun = journeys.synchronise(accountId, since, Duration.ofSeconds(90));
        assertThat(firstRun.getString("state")).as(firstRun.toString()).isEqualTo("SUCCEEDED");
        assertThat(firstRun.getInt("pages")).isGreaterThanOrEqualTo(1);

        long externalAccount = Long.parseLong(checking.getString("externalId"));
        assertThat(stored(accountId)).isEqualTo(expected(externalAccount, since));

        List<Transaction> truth = liveTruth(externalAccount, since);
        bank.addTransaction(externalAccount, NewTransaction.of("-12.34", LocalDate.now(), "Boulangerie Paul"));
        bank.modifyTransaction(truth.get(0).id(), TransactionChange.amount("-99.99"));
        bank.deleteTransaction(truth.get(1).id());
        WebhookDelivery delivery = bank.sendWebhook(WebhookRequest.accountUpdated(externalAccount));
        assertThat(delivery.status()).as("webhook delivery " + delivery).isEqualTo(200);

        JsonObject webhookRun = Poll.until(() -> latestRun(accountId), run -> run != null && "WEBHOOK".equals(run.getString("trigger"))
                && ("SUCCEEDED".equals(run.getString("state")) || "FAILED".equals(run.getString("state"))), Duration.ofSeconds(90),
                "the webhook's run to end");
        assertThat(webhookRun.getString("state")).as(webhookRun.toString()).isEqualTo("SUCCEEDED");
        assertThat(webhookRun.getInt("created")).isEqualTo(1);
        assertThat(webhookRun.getInt("deleted")).isEqualTo(1);
        assertThat(stored(accountId)).isEqualTo(expected(externalAccount, since));
    }

    @Test
    @DisplayName("faults at the bank end in a retried success, or in a FAILED run that says why and what to do, keeping no partial page")
    void faultsEndCleanly() {
        Journeys.Connected connected = journeys.connectDemoBank();
        JsonObject checking = journeys.providerAccounts(connected).stream()
                .filter(a -> "checking".equals(a.getString("type")) && !a.isNull("iban")).findFirst().orElseThrow();
        String accountId = journeys.openAndLink(connected, checking);
        LocalDate since = LocalDate.now().minusMonths(3);
        try {
            bank.injectFault(Fault.status(500, 1).on("/v3/aggregation/transactions"));
            bank.injectFault(Fault.tooManyRequests(1, 1).on("/v3/aggregation/transactions"));
            JsonObject retried = journeys.synchronise(accountId, since, Duration.ofSeconds(90));
            assertThat(retried.getString("state")).as(retried.toString()).isEqualTo("SUCCEEDED");

            bank.injectFault(Fault.malformedJson(10).on("/v3/aggregation/transactions"));
            JsonObject malformed = journeys.synchronise(accountId, since, Duration.ofSeconds(90));
            assertThat(malformed.getString("state")).isEqualTo("FAILED");
            assertThat(malformed.getJsonObject("error").getString("code")).isEqualTo("INVALID_DATA");
            assertThat(malformed.getInt("pages")).isZero();
            bank.clearFaults();

            bank.injectFault(Fault.status(503, 100).on("/v3/aggregation/transactions"));
            JsonObject unavailable = journeys.synchronise(accountId, since, Duration.ofSeconds(120));
            assertThat(unavailable.getString("state")).isEqualTo("FAILED");
            assertThat(unavailable.getJsonObject("error").getString("code")).isEqualTo("PROVIDER_UNAVAILABLE");
            assertThat(unavailable.getJsonObject("error").getString("remedy")).isNotBlank();
        } finally {
            bank.clearFaults();
        }
        assertThat(stored(accountId)).isEqualTo(expected(Long.parseLong(checking.getString("externalId")), since));
    }

    @Test
    @DisplayName("paging through 1,000+ transactions while new ones arrive misses and repeats none; a user's category set by PATCH survives a re-sync")
    void pagingWhileRowsArriveAndCategoriesStick() {
        Journeys.Connected connected = journeys.connectDemoBank();
        JsonObject checking = journeys.providerAccounts(connected).stream()
                .filter(a -> "checking".equals(a.getString("type")) && !a.isNull("iban")).findFirst().orElseThrow();
        String accountId = journeys.openAndLink(connected, checking);
        long externalAccount = Long.parseLong(checking.getString("externalId"));
        LocalDate since = LocalDate.now().minusMonths(12);
        assertThat(journeys.synchronise(accountId, since, Duration.ofSeconds(90)).getString("state")).isEqualTo("SUCCEEDED");
        Map<String, BigDecimal> before = stored(accountId);
        assertThat(before).hasSizeGreaterThan(1_000);

        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = Http.json(admin.get("api/v1/transactions?limit=100&bankAccountId=" + accountId
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
            for (JsonObject row : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(seen.add(row.getString("externalId"))).as("row " + row.getString("externalId") + " served twice").isTrue();
            }
            if (++pages == 3) {
                for (int i = 0; i < 5; i++) {
                    bank.addTransaction(externalAccount, NewTransaction.of("-" + (10 + i) + ".00", since.plusDays(40L * i), "Arrivée " + i));
                }
                bank.sendWebhook(WebhookRequest.accountUpdated(externalAccount));
                Poll.until(() -> latestRun(accountId), run -> "WEBHOOK".equals(run.getString("trigger"))
                        && "SUCCEEDED".equals(run.getString("state")), Duration.ofSeconds(60), "the new rows to arrive");
            }
            cursor = page.get("nextCursor") == JsonValue.NULL ? null : page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsAll(before.keySet());

        JsonObject transaction = Http.json(admin.get("api/v1/transactions?limit=1&bankAccountId=" + accountId)).getJsonArray("items").getJsonObject(0);
        String categoryId = Http.json(admin.postJson("api/v1/categories", "{\"name\":\"Mine " + UUID.randomUUID() + "\"}")).getString("id");
        String etag = admin.get("api/v1/transactions/" + transaction.getString("id")).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> patched = admin.send("PATCH", "api/v1/transactions/" + transaction.getString("id"),
                "{\"categoryId\":\"" + categoryId + "\"}", etag);
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(Http.json(patched).getString("categorySource")).isEqualTo("USER");

        bank.modifyTransaction(Long.parseLong(transaction.getString("externalId")), TransactionChange.amount("-77.70"));
        bank.sendWebhook(WebhookRequest.accountUpdated(externalAccount));
        JsonObject after = Poll.until(() -> Http.json(admin.get("api/v1/transactions/" + transaction.getString("id"))),
                row -> new BigDecimal(row.getString("amount")).compareTo(new BigDecimal("-77.70")) == 0, Duration.ofSeconds(60),
                "the changed amount to arrive");
        assertThat(after.getString("categoryId")).isEqualTo(categoryId);
        assertThat(after.getString("categorySource")).isEqualTo("USER");

        String replacementId = Http.json(admin.postJson("api/v1/categories", "{\"name\":\"Other " + UUID.randomUUID() + "\"}")).getString("id");
        assertThat(admin.delete("api/v1/categories/" + categoryId).statusCode()).as("a category in use, without replacement").isEqualTo(409);
        assertThat(admin.delete("api/v1/categories/" + categoryId + "?replacementId=" + replacementId).statusCode()).isEqualTo(204);
        assertThat(Http.json(admin.get("api/v1/transactions/" + transaction.getString("id"))).getString("categoryId")).isEqualTo(replacementId);
    }

    @Test
    @DisplayName("reconnecting renews the same connection through the hosted page")
    void reconnectRenewsTheConnection() {
        Journeys.Connected connected = journeys.connectDemoBank();
        String connectionId = connected.connection().getString("id");
        assertThat(Http.json(admin.get("api/v1/connections/" + connectionId)).getString("state")).isEqualTo("OK");

        HttpResponse<String> reconnect = admin.postJson("api/v1/connections/" + connectionId + "/reconnect", "{}");
        assertThat(reconnect.statusCode()).isEqualTo(201);
        URI callback = new org.banksync.bootstrap.testing.HostedPage().loginToDemoBank(URI.create(Http.json(reconnect).getString("connectUrl")), "success");
        HttpResponse<String> landed = Http.anonymous(base).get(base.relativize(callback).toString());
        assertThat(landed.headers().firstValue("Location").orElseThrow()).contains("connection=connected");
        assertThat(Http.json(admin.get("api/v1/banks/" + connected.bankId())).getJsonArray("connections")).hasSize(1);
        assertThat(Http.json(admin.get("api/v1/connections/" + connectionId)).getString("state")).isEqualTo("OK");
    }

    @Test
    @DisplayName("a webhook with a forged signature is refused with 401 and queues nothing")
    void forgedWebhookIsRefused() {
        String body = "{\"content\":{\"item_id\":1,\"account_id\":2,\"user_uuid\":\"x\"},\"timestamp\":1,\"type\":\"item.account.updated\"}";
        Http anonymous = Http.anonymous(base);

        HttpResponse<String> forged = anonymous.postWithHeaders("api/webhooks/bridge", body, "Content-Type", "application/json",
                "BridgeApi-Signature", "v1=" + "A".repeat(64));
        HttpResponse<String> unsigned = anonymous.postWithHeaders("api/webhooks/bridge", body, "Content-Type", "application/json");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a forged connect context is refused, shown to the user, and creates no connection")
    void forgedContextIsRefused() {
        int before = Http.json(admin.get("api/v1/connections")).getJsonArray("items").size();

        HttpResponse<String> refused = Http.anonymous(base).get("api/bridge/callback?item_id=1&user_uuid=u&success=true&source=connect&context="
                + "a".repeat(64));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("connect-refused.xhtml");
        assertThat(Http.json(admin.get("api/v1/connections")).getJsonArray("items")).hasSize(before);
    }

    private JsonObject latestRun(String accountId) {
        var items = Http.json(admin.get("api/v1/sync-runs?bankAccountId=" + accountId + "&limit=1")).getJsonArray("items");
        return items.isEmpty() ? null : items.getJsonObject(0);
    }

    /** externalId → amount of Banksync's live transactions of the account, through every page of the API. */
    private Map<String, BigDecimal> stored(String accountId) {
        Map<String, BigDecimal> rows = new HashMap<>();
        String cursor = null;
        do {
            JsonObject page = Http.json(admin.get("api/v1/transactions?limit=500&bankAccountId=" + accountId
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
            for (JsonObject row : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(rows.put(row.getString("externalId"), new BigDecimal(row.getString("amount")).stripTrailingZeros())).as("row served twice").isNull();
            }
            cursor = page.get("nextCursor") == JsonValue.NULL ? null : page.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    /** externalId → amount of the bank's live rows dated from {@code since}, from the sandbox's ground truth. */
    private Map<String, BigDecimal> expected(long externalAccount, LocalDate since) {
        return liveTruth(externalAccount, since).stream()
                .collect(Collectors.toMap(row -> Long.toString(row.id()), row -> row.amount().stripTrailingZeros()));
    }

    private List<Transaction> liveTruth(long externalAccount, LocalDate since) {
        return bank.groundTruth(externalAccount).stream().filter(row -> !row.deleted() && !row.date().isBefore(since)).toList();
    }
}
