package org.banksync.sandbox.plaid.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.banksync.sandbox.plaid.fault.Fault;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.webhook.WebhookDelivery;

/**
 * Typed client of the control API (/_sandbox/...), usable against an in-process sandbox or one started
 * elsewhere: every method is one HTTP call, so it also proves the HTTP control API.
 */
public final class SandboxControl {

    private final URI base;
    private final HttpClient http;

    private SandboxControl(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A control client for the sandbox at baseUrl (e.g. http://127.0.0.1:9091). */
    public static SandboxControl connect(String baseUrl) {
        return new SandboxControl(URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl));
    }

    // state and clock

    /** "UP" when the sandbox answers. */
    public String health() {
        return call("GET", "/_sandbox/health", null, JsonNode.class).path("status").asText();
    }

    /** Forgets link tokens, Items, changes, faults, webhooks sent; clock, switches and limits back to the configuration. */
    public void reset() {
        call("POST", "/_sandbox/reset", Json.object(), JsonNode.class);
    }

    public Instant now() {
        return instant(call("GET", "/_sandbox/clock", null, JsonNode.class));
    }

    /** Moves the sandbox clock (token lifetimes, consent); PENDING_EXPIRATION and consent expiry are played at once. */
    public Instant advanceClock(Duration by) {
        return instant(call("POST", "/_sandbox/clock", Json.object().put("advance", by.toString()), JsonNode.class));
    }

    public Instant setClock(Instant to) {
        return instant(call("POST", "/_sandbox/clock", Json.object().put("set", to.toString()), JsonNode.class));
    }

    // items

    /** Creates an Item at the bank with user_good / pass_good and the transactions product, without the hosted page. */
    public ItemRecord createItem(String institutionId) {
        return createItem(NewItem.at(institutionId));
    }

    public ItemRecord createItem(NewItem item) {
        return call("POST", "/_sandbox/items", Json.MAPPER.valueToTree(item), ItemRecord.class);
    }

    public ItemRecord item(String itemId) {
        return call("GET", "/_sandbox/items/" + itemId, null, ItemRecord.class);
    }

    /** Consent runs out now: ITEM_LOGIN_REQUIRED (OAUTH_CONSENT_EXPIRED) and an ITEM/ERROR webhook. */
    public ItemRecord expireConsent(String itemId) {
        return call("POST", "/_sandbox/items/" + itemId + "/expire-consent", Json.object(), ItemRecord.class);
    }

    /** As /sandbox/item/reset_login: ITEM_LOGIN_REQUIRED and an ITEM/ERROR webhook. */
    public ItemRecord resetLogin(String itemId) {
        return call("POST", "/_sandbox/items/" + itemId + "/reset-login", Json.object(), ItemRecord.class);
    }

    /** The user revokes access at the bank: ITEM_LOGIN_REQUIRED (OAUTH_USER_REVOKED), USER_PERMISSION_REVOKED webhook. */
    public ItemRecord revokeAccess(String itemId) {
        return call("POST", "/_sandbox/items/" + itemId + "/revoke", Json.object(), ItemRecord.class);
    }

    /** Sets (or, with null, clears) the Item's webhook URL. */
    public ItemRecord setItemWebhook(String itemId, URI url) {
        return call("PUT", "/_sandbox/items/" + itemId + "/webhook",
                Json.object().put("url", url == null ? null : url.toString()), ItemRecord.class);
    }

    /** Sends a signed webhook for the Item now, to its webhook URL, and reports the delivery. */
    public WebhookDelivery fireWebhook(String itemId, String webhookType, String webhookCode) {
        return fireWebhook(itemId, webhookType, webhookCode, null);
    }

    /** Sends a signed webhook for the Item now to the given URL (null: the Item's) and reports the delivery. */
    public WebhookDelivery fireWebhook(String itemId, String webhookType, String webhookCode, URI url) {
        ObjectNode body = Json.object().put("webhook_type", webhookType).put("webhook_code", webhookCode)
                .put("url", url == null ? null : url.toString());
        return call("POST", "/_sandbox/items/" + itemId + "/webhooks", body, WebhookDelivery.class);
    }

    // transactions

    public TransactionRecord addTransaction(String accountId, NewTransaction transaction) {
        return call("POST", "/_sandbox/accounts/" + accountId + "/transactions", Json.MAPPER.valueToTree(transaction),
                TransactionRecord.class);
    }

    public TransactionRecord modifyTransaction(String transactionId, TransactionChange change) {
        return call("PATCH", "/_sandbox/transactions/" + transactionId, Json.MAPPER.valueToTree(change),
                TransactionRecord.class);
    }

    /** Removes a live transaction; answers it as it was. */
    public TransactionRecord removeTransaction(String transactionId) {
        return call("DELETE", "/_sandbox/transactions/" + transactionId, null, TransactionRecord.class);
    }

    /** Posts a pending row as it is, today: removed(pending) + added(posted); answers the posted row. */
    public TransactionRecord postTransaction(String transactionId) {
        return postTransaction(transactionId, Posting.AS_IS);
    }

    public TransactionRecord postTransaction(String transactionId, Posting posting) {
        return call("POST", "/_sandbox/transactions/" + transactionId + "/post", Json.MAPPER.valueToTree(posting),
                TransactionRecord.class);
    }

    /** The pending row vanishes without a posted one (an authorisation hold released); answers the dropped row. */
    public TransactionRecord dropPendingTransaction(String transactionId) {
        return postTransaction(transactionId, Posting.dropped());
    }

    /** Every live transaction of the account (posted and pending) as Plaid would describe it now, in the order added. */
    public List<TransactionRecord> groundTruth(String accountId) {
        JsonNode body = call("GET", "/_sandbox/accounts/" + accountId + "/transactions", null, JsonNode.class);
        return Json.MAPPER.convertValue(body.get("transactions"), new TypeReference<List<TransactionRecord>>() { });
    }

    // sync engine

    /** The next `times` /transactions/sync calls (any Item) fail with TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION. */
    public void forceMutationDuringPagination(int times) {
        call("POST", "/_sandbox/sync/mutation-during-pagination", Json.object().put("times", times), JsonNode.class);
    }

    /** The same, for one Item's calls only. */
    public void forceMutationDuringPagination(String itemId, int times) {
        call("POST", "/_sandbox/sync/mutation-during-pagination", Json.object().put("times", times).put("item_id", itemId),
                JsonNode.class);
    }

    /** Netted (one change per transaction per update, the default) or raw (every log entry) sync pages. */
    public void setNetted(boolean netted) {
        call("PUT", "/_sandbox/sync", Json.object().put("netted", netted), JsonNode.class);
    }

    /** Whether Items created from now on answer their first sync with NOT_READY (then SYNC_UPDATES_AVAILABLE). */
    public void setInitialNotReady(boolean notReady) {
        call("PUT", "/_sandbox/sync", Json.object().put("initial_not_ready", notReady), JsonNode.class);
    }

    // faults and limits

    public List<Fault> injectFault(Fault fault) {
        return Json.MAPPER.convertValue(call("POST", "/_sandbox/faults", Json.MAPPER.valueToTree(fault), JsonNode.class),
                new TypeReference<List<Fault>>() { });
    }

    public List<Fault> faults() {
        return Json.MAPPER.convertValue(call("GET", "/_sandbox/faults", null, JsonNode.class),
                new TypeReference<List<Fault>>() { });
    }

    public void clearFaults() {
        call("DELETE", "/_sandbox/faults", null, JsonNode.class);
    }

    /** Switches Plaid's per-Item and per-client limits (reference section 9) on or off; counters restart. */
    public void rateLimit(boolean enabled) {
        call("PUT", "/_sandbox/rate-limit", Json.object().put("enabled", enabled), JsonNode.class);
    }

    // webhooks

    /** The webhook URL Items get when their link token (or createItem) named none; null for none. */
    public void setDefaultWebhookUrl(URI url) {
        call("PUT", "/_sandbox/webhooks/url", Json.object().put("url", url == null ? null : url.toString()), JsonNode.class);
    }

    /** Puts iat this far in the past in the JWTs from now on (to test the receiver's 5-minute check). */
    public void webhookClockSkew(Duration skew) {
        call("PUT", "/_sandbox/webhooks/clock-skew", Json.object().put("seconds", skew.toSeconds()), JsonNode.class);
    }

    /** Signs with a new key from now on (the old one gets expired_at); answers the new kid. */
    public String rotateWebhookKey() {
        return call("POST", "/_sandbox/webhooks/rotate-key", Json.object(), JsonNode.class).path("key_id").asText();
    }

    /** The last 200 webhook deliveries, oldest first. */
    public List<WebhookDelivery> sentWebhooks() {
        JsonNode body = call("GET", "/_sandbox/webhooks/sent", null, JsonNode.class);
        return Json.MAPPER.convertValue(body.get("deliveries"), new TypeReference<List<WebhookDelivery>>() { });
    }

    private <T> T call(String method, String path, JsonNode body, Class<T> type) {
        return call(method, path, body, Json.MAPPER.constructType(type));
    }

    private <T> T call(String method, String path, JsonNode body, JavaType type) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(Json.bytes(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new SandboxControlException(response.statusCode(), method + " " + path + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8), null);
            }
            return Json.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new SandboxControlException(-1, method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxControlException(-1, method + " " + path + " interrupted", e);
        }
    }

    private static Instant instant(JsonNode clock) {
        return Instant.parse(clock.get("now").asText());
    }
}
