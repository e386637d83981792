package org.banksync.bootstrap.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.banksync.bootstrap.testing.HostedPage;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.PlaidJourneys;
import org.banksync.bootstrap.testing.Poll;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.control.Posting;
import org.banksync.sandbox.plaid.control.SandboxControl;
import org.banksync.sandbox.plaid.control.TransactionChange;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.banksync.sandbox.plaid.webhook.WebhookDelivery;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bridge behaviours, through Plaid: a bank connected through Plaid's Hosted Link (the Plaid
 * sandbox over real HTTP), its history synchronised, then additions, changes, removals and pending
 * rows that post, followed by a verified webhook; a user's category survives the posting; an expired
 * consent stops the sync with what to do.
 */
@ExtendWith(ArquillianExtension.class)
class PlaidConnectAndSyncIT {

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final URI base = TestEnvironmentSession.banksync();
    private final Http admin = Http.basic(base, "admin", TestEnvironmentSession.ADMIN_PASSWORD);
    private final SandboxControl plaid = TestEnvironmentSession.plaid().control();
    private final PlaidJourneys journeys = new PlaidJourneys(base, admin);

    @Test
    @DisplayName("a user connects a bank through Plaid's Hosted Link, links an account by IBAN, synchronises its history, and a"
            + " verified webhook brings additions, changes, removals and a pending row that posts keeping the user's category")
    void connectSynchroniseAndFollowChanges() {
        PlaidJourneys.Connected connected = journeys.connect();
        assertThat(connected.connection().getString("provider")).isEqualTo("plaid");
        assertThat(connected.connection().getString("state")).isEqualTo("OK");
        List<JsonObject> providerAccounts = journeys.providerAccounts(connected);
        JsonObject eur = journeys.eurAccount(connected);
        assertThat(providerAccounts).contains(eur);
        assertThat(Http.json(admin.get("api/v1/categories?limit=500")).getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(category -> "IMPORTED".equals(category.getString("origin")) && "plaid".equals(category.getString("provider")));

        String accountId = journeys.openAndLink(connected, eur);
        String plaidAccount = eur.getString("externalId");
        JsonObject first = synchronise(accountId);
        assertThat(first.getString("state")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(stored(accountId)).isEqualTo(expected(plaidAccount)).isNotEmpty();

        TransactionRecord pending = plaid.addTransaction(plaidAccount,
                NewTransaction.of("23.90", plaid.now().atZone(java.time.ZoneOffset.UTC).toLocalDate(), "Carrefour City").asPending());
        assertThat(synchronise(accountId).getString("state")).isEqualTo("SUCCEEDED");
        JsonObject pendingRow = row(accountId, pending.transactionId());
        assertThat(pendingRow.getString("status")).isEqualTo("PENDING");
        assertThat(pendingRow.getString("amount")).isEqualTo("-23.90");
        String category = manualCategory();
        assertThat(admin.send("PATCH", "api/v1/transactions/" + pendingRow.getString("id"), "{\"categoryId\":\"" + category + "\"}", null)
                .statusCode()).isEqualTo(200);

        List<TransactionRecord> truth = plaid.groundTruth(plaidAccount).stream().filter(t -> !t.pending()).toList();
        plaid.addTransaction(plaidAccount, NewTransaction.of("-1500.00", plaid.now().atZone(java.time.ZoneOffset.UTC).toLocalDate(), "Virement client Dubois"));
        plaid.modifyTransaction(truth.get(0).transactionId(), TransactionChange.amount("99.99"));
        plaid.removeTransaction(truth.get(1).transactionId());
        plaid.postTransaction(pending.transactionId(), Posting.split());
        WebhookDelivery delivery = plaid.fireWebhook(connected.itemId(), "TRANSACTIONS", "SYNC_UPDATES_AVAILABLE");
        assertThat(delivery.status()).as("webhook delivery " + delivery).isEqualTo(200);

        JsonObject webhookRun = Poll.until(() -> latestRun(accountId), run -> run != null && "WEBHOOK".equals(run.getString("trigger"))
                && ("SUCCEEDED".equals(run.getString("state")) || "FAILED".equals(run.getString("state"))), Duration.ofSeconds(90),
                "the webhook's run to end");
        assertThat(webhookRun.getString("state")).as(webhookRun.toString()).isEqualTo("SUCCEEDED");
        assertThat(stored(accountId)).isEqualTo(expected(plaidAccount));
        JsonObject posted = row(accountId, pending.transactionId());
        assertThat(posted.getString("id")).as("the posted row keeps the pending row's identity").isEqualTo(pendingRow.getString("id"));
        assertThat(posted.getString("status")).isEqualTo("BOOKED");
        assertThat(posted.getString("categoryId")).as("the user's category survives the posting").isEqualTo(category);
    }

    @Test
    @DisplayName("a forged Plaid-Verification is refused with 401; an expired consent stops the sync with CONSENT_EXPIRED and what to"
            + " do, and reconnecting through Hosted Link's update mode repairs the same connection")
    void forgedWebhookAndExpiredConsent() {
        HttpResponse<String> forged = Http.anonymous(base).postWithHeaders("api/webhooks/plaid",
                "{\"webhook_type\":\"TRANSACTIONS\",\"webhook_code\":\"SYNC_UPDATES_AVAILABLE\",\"item_id\":\"x\"}",
                "Plaid-Verification", "eyJhbGciOiJFUzI1NiIsImtpZCI6Im5vcGUiLCJ0eXAiOiJKV1QifQ.e30.c2ln", "Content-Type", "application/json");
        assertThat(forged.statusCode()).isEqualTo(401);

        PlaidJourneys.Connected connected = journeys.connect();
        JsonObject eur = journeys.eurAccount(connected);
        String accountId = journeys.openAndLink(connected, eur);
        plaid.expireConsent(connected.itemId());

        JsonObject run = synchronise(accountId);
        assertThat(run.getString("state")).isEqualTo("FAILED");
        assertThat(run.getJsonObject("error").getString("code")).isEqualTo("CONSENT_EXPIRED");
        assertThat(run.getJsonObject("error").getString("remedy")).contains("Reconnect");
        String connectionId = connected.connection().getString("id");
        assertThat(Http.json(admin.get("api/v1/connections/" + connectionId)).getString("state")).isEqualTo("CONSENT_EXPIRED");

        HttpResponse<String> reconnect = admin.postJson("api/v1/connections/" + connectionId + "/reconnect", "{}");
        assertThat(reconnect.statusCode()).as(reconnect.body()).isEqualTo(201);
        URI callback = new HostedPage().loginAtPlaid(URI.create(Http.json(reconnect).getString("connectUrl")),
                PlaidJourneys.FRENCH_BANK, "user_good", "pass_good");
        HttpResponse<String> landed = Http.anonymous(base).get(base.relativize(callback).toString());
        assertThat(landed.headers().firstValue("Location").orElseThrow()).contains("connection=connected");
        assertThat(Http.json(admin.get("api/v1/banks/" + connected.bankId())).getJsonArray("connections")).hasSize(1);
        JsonObject repaired = Http.json(admin.get("api/v1/connections/" + connectionId));
        assertThat(repaired.getString("state")).isEqualTo("OK");
        assertThat(repaired.getString("externalItemId")).as("the same Plaid Item, renewed").isEqualTo(connected.itemId());
        assertThat(synchronise(accountId).getString("state")).isEqualTo("SUCCEEDED");
    }

    private JsonObject synchronise(String accountId) {
        HttpResponse<String> accepted = admin.postJson("api/v1/bank-accounts/" + accountId + "/sync",
                "{\"since\":\"" + LocalDate.now().minusYears(2) + "\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String run = base.relativize(URI.create(accepted.headers().firstValue("Location").orElseThrow())).toString();
        return Poll.until(() -> Http.json(admin.get(run)), answer -> "SUCCEEDED".equals(answer.getString("state"))
                || "FAILED".equals(answer.getString("state")), Duration.ofSeconds(90), "the run " + run + " to end");
    }

    private String manualCategory() {
        HttpResponse<String> created = admin.postJson("api/v1/categories", "{\"name\":\"Courses " + UUID.randomUUID().toString().substring(0, 6) + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("id");
    }

    private JsonObject latestRun(String accountId) {
        var items = Http.json(admin.get("api/v1/sync-runs?bankAccountId=" + accountId + "&limit=1")).getJsonArray("items");
        return items.isEmpty() ? null : items.getJsonObject(0);
    }

    private JsonObject row(String accountId, String externalId) {
        return Http.json(admin.get("api/v1/transactions?limit=500&bankAccountId=" + accountId)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> externalId.equals(t.getString("externalId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + externalId));
    }

    /** externalId → "amount status" of Banksync's live transactions of the account, through every page of the API. */
    private Map<String, String> stored(String accountId) {
        Map<String, String> rows = new HashMap<>();
        String cursor = null;
        do {
            JsonObject page = Http.json(admin.get("api/v1/transactions?limit=500&bankAccountId=" + accountId
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
            for (JsonObject row : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(rows.put(row.getString("externalId"), new BigDecimal(row.getString("amount")).stripTrailingZeros().toPlainString()
                        + " " + row.getString("status"))).as("row served twice").isNull();
            }
            cursor = page.get("nextCursor") == JsonValue.NULL ? null : page.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    /**
     * The sandbox's live rows as Banksync must hold them: Plaid's sign turned (positive is money in), a posted row under
     * its pending row's id (it keeps the pending row's identity), pending rows PENDING.
     */
    private Map<String, String> expected(String plaidAccount) {
        Map<String, String> rows = new HashMap<>();
        for (TransactionRecord t : plaid.groundTruth(plaidAccount)) {
            String key = t.pendingTransactionId() != null ? t.pendingTransactionId() : t.transactionId();
            rows.put(key, t.amount().negate().stripTrailingZeros().toPlainString() + " " + (t.pending() ? "PENDING" : "BOOKED"));
        }
        return rows;
    }

}
