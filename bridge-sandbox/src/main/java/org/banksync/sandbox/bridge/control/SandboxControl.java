package org.banksync.sandbox.bridge.control;

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
import java.time.LocalDate;
import java.util.List;
import org.banksync.sandbox.bridge.data.Transaction;
import org.banksync.sandbox.bridge.fault.Fault;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.webhook.WebhookDelivery;
import org.banksync.sandbox.bridge.webhook.WebhookRequest;

/**
 * Typed client of the control API (/_sandbox/...), usable against an in-process sandbox or one
 * started elsewhere: every method is one HTTP call, so it also proves the HTTP control API.
 */
public final class SandboxControl {

    private final URI base;
    private final HttpClient http;

    private SandboxControl(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A control client for the sandbox at baseUrl (e.g. http://127.0.0.1:9090). */
    public static SandboxControl connect(String baseUrl) {
        return new SandboxControl(URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl));
    }

    // state and clock

    /** Forgets users, items, changes, faults, sessions; clock, rate limit and webhooks back to the configuration. */
    public void reset() {
        call("POST", "/_sandbox/reset", Json.object(), JsonNode.class);
    }

    public Instant now() {
        return instant(call("GET", "/_sandbox/clock", null, JsonNode.class));
    }

    public Instant advanceClock(Duration by) {
        return instant(call("POST", "/_sandbox/clock", Json.object().put("advance", by.toString()), JsonNode.class));
    }

    public Instant setClock(Instant to) {
        return instant(call("POST", "/_sandbox/clock", Json.object().put("set", to.toString()), JsonNode.class));
    }

    // items

    /** Connects a new item for a user as if the connect page had been completed with this login. */
    public ItemRecord connectItem(String userUuid, long providerId, String login) {
        ObjectNode body = Json.object().put("provider_id", providerId).put("login", login);
        return call("POST", "/_sandbox/users/" + userUuid + "/items", body, ItemRecord.class);
    }

    public ItemRecord item(long itemId) {
        return call("GET", "/_sandbox/items/" + itemId, null, ItemRecord.class);
    }

    /** Sets an item's status; a null info takes the status's usual status_code_info. */
    public ItemRecord setItemStatus(long itemId, int status, String statusCodeInfo) {
        ObjectNode body = Json.object().put("status", status).put("status_code_info", statusCodeInfo);
        return call("PUT", "/_sandbox/items/" + itemId + "/status", body, ItemRecord.class);
    }

    public ItemRecord expireConsent(long itemId) {
        return call("POST", "/_sandbox/items/" + itemId + "/expire-consent", Json.object(), ItemRecord.class);
    }

    // transactions

    public Transaction addTransaction(long accountId, NewTransaction transaction) {
        return call("POST", "/_sandbox/accounts/" + accountId + "/transactions", Json.MAPPER.valueToTree(transaction),
                Transaction.class);
    }

    public Transaction modifyTransaction(long transactionId, TransactionChange change) {
        return call("PATCH", "/_sandbox/transactions/" + transactionId, Json.MAPPER.valueToTree(change), Transaction.class);
    }

    public Transaction deleteTransaction(long transactionId) {
        return call("DELETE", "/_sandbox/transactions/" + transactionId, null, Transaction.class);
    }

    /** Books a future transaction today (sandbox clock), keeping its id. */
    public Transaction postFutureTransaction(long transactionId) {
        return call("POST", "/_sandbox/transactions/" + transactionId + "/post", Json.object(), Transaction.class);
    }

    public Transaction postFutureTransaction(long transactionId, LocalDate bookedOn) {
        return call("POST", "/_sandbox/transactions/" + transactionId + "/post",
                Json.object().put("date", bookedOn.toString()), Transaction.class);
    }

    /** Every row of the account as Bridge would show it, deleted ones included, in id order. */
    public List<Transaction> groundTruth(long accountId) {
        JsonNode body = call("GET", "/_sandbox/accounts/" + accountId + "/transactions", null, JsonNode.class);
        return convert(body.get("resources"), new TypeReference<List<Transaction>>() { });
    }

    // faults and limits

    public List<Fault> injectFault(Fault fault) {
        return convert(call("POST", "/_sandbox/faults", Json.MAPPER.valueToTree(fault), JsonNode.class),
                new TypeReference<List<Fault>>() { });
    }

    public List<Fault> faults() {
        return convert(call("GET", "/_sandbox/faults", null, JsonNode.class), new TypeReference<List<Fault>>() { });
    }

    public void clearFaults() {
        call("DELETE", "/_sandbox/faults", null, JsonNode.class);
    }

    /** Switches Bridge's per-user rate limit (60 requests a minute on the sandbox clock) on or off. */
    public void rateLimit(boolean enabled) {
        rateLimit(enabled, 60);
    }

    public void rateLimit(boolean enabled, int perMinute) {
        call("PUT", "/_sandbox/rate-limit", Json.object().put("enabled", enabled).put("per_minute", perMinute),
                JsonNode.class);
    }

    // webhooks

    /** Where the sandbox's own webhooks (connect, deletions) go; null stops them. */
    public void registerWebhookUrl(URI url) {
        call("PUT", "/_sandbox/webhooks/url", Json.object().put("url", url == null ? null : url.toString()), JsonNode.class);
    }

    /** Starts a rotation: webhooks are signed with the new secret and the current one (two v1 values). */
    public void rotateWebhookSecret(String newSecret) {
        call("POST", "/_sandbox/webhooks/rotate", Json.object().put("secret", newSecret), JsonNode.class);
    }

    public void endWebhookRotation() {
        call("DELETE", "/_sandbox/webhooks/rotate", null, JsonNode.class);
    }

    /** Sends a signed webhook now and reports the body, signature and the receiver's status. */
    public WebhookDelivery sendWebhook(WebhookRequest webhook) {
        return call("POST", "/_sandbox/webhooks", Json.MAPPER.valueToTree(webhook), WebhookDelivery.class);
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

    private static <T> T convert(JsonNode node, TypeReference<T> type) {
        return Json.MAPPER.convertValue(node, type);
    }

    private static Instant instant(JsonNode clock) {
        return Instant.parse(clock.get("now").asText());
    }
}
