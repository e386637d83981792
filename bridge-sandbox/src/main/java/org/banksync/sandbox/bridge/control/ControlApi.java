package org.banksync.sandbox.bridge.control;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.banksync.sandbox.bridge.api.Views;
import org.banksync.sandbox.bridge.clock.SandboxClock;
import org.banksync.sandbox.bridge.connect.Scenario;
import org.banksync.sandbox.bridge.data.Language;
import org.banksync.sandbox.bridge.data.Provider;
import org.banksync.sandbox.bridge.data.Providers;
import org.banksync.sandbox.bridge.data.Transaction;
import org.banksync.sandbox.bridge.fault.Fault;
import org.banksync.sandbox.bridge.fault.FaultInjector;
import org.banksync.sandbox.bridge.fault.RateLimiter;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.webhook.WebhookEvents;
import org.banksync.sandbox.bridge.webhook.WebhookPublisher;
import org.banksync.sandbox.bridge.webhook.WebhookRequest;
import org.banksync.sandbox.bridge.world.Account;
import org.banksync.sandbox.bridge.world.Item;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.TransactionFilter;
import org.banksync.sandbox.bridge.world.World;

/** Serves /_sandbox/...: the test-only control endpoints documented in the module's README. */
public final class ControlApi {

    /** The parts of the sandbox the control API drives. */
    public record Parts(World world, SandboxClock clock, FaultInjector faults, RateLimiter rateLimiter,
                        WebhookPublisher webhooks, WebhookEvents events, Runnable reset) {
    }

    private final Parts parts;
    private final World world;
    private final Router router = new Router();

    public ControlApi(Parts parts) {
        this.parts = parts;
        this.world = parts.world();
        router.add("GET", "/_sandbox/health", request -> Response.ok(Json.object().put("status", "UP")))
                .add("POST", "/_sandbox/reset", this::reset)
                .add("GET", "/_sandbox/clock", request -> clock())
                .add("POST", "/_sandbox/clock", this::moveClock)
                .add("POST", "/_sandbox/users/{uuid}/items", this::connectItem)
                .add("GET", "/_sandbox/items/{id}", request -> Response.ok(itemView(item(request))))
                .add("PUT", "/_sandbox/items/{id}/status", this::setStatus)
                .add("POST", "/_sandbox/items/{id}/expire-consent", this::expireConsent)
                .add("POST", "/_sandbox/accounts/{id}/transactions", this::addTransaction)
                .add("GET", "/_sandbox/accounts/{id}/transactions", this::groundTruth)
                .add("PATCH", "/_sandbox/transactions/{id}", this::modifyTransaction)
                .add("DELETE", "/_sandbox/transactions/{id}", this::deleteTransaction)
                .add("POST", "/_sandbox/transactions/{id}/post", this::postTransaction)
                .add("GET", "/_sandbox/faults", request -> faults())
                .add("POST", "/_sandbox/faults", this::addFault)
                .add("DELETE", "/_sandbox/faults", request -> clearFaults())
                .add("GET", "/_sandbox/rate-limit", request -> rateLimit())
                .add("PUT", "/_sandbox/rate-limit", this::setRateLimit)
                .add("GET", "/_sandbox/webhooks", request -> webhookSettings())
                .add("PUT", "/_sandbox/webhooks/url", this::setWebhookUrl)
                .add("POST", "/_sandbox/webhooks/rotate", this::rotateSecret)
                .add("DELETE", "/_sandbox/webhooks/rotate", this::endRotation)
                .add("POST", "/_sandbox/webhooks", this::sendWebhook)
                .add("GET", "/_sandbox/logos/{file}", request -> Logos.svg(request.variable("file")));
    }

    public Response handle(Request request) {
        return router.route(request).orElseThrow(() -> ApiError.notFound("control endpoint " + request.path()));
    }

    private Response reset(Request request) {
        parts.reset().run();
        return clock();
    }

    private Response clock() {
        return Response.ok(Json.object().put("now", Json.timestamp(parts.clock().instant())));
    }

    private Response moveClock(Request request) {
        ObjectNode body = request.jsonObject();
        try {
            if (body.hasNonNull("advance")) {
                parts.clock().advance(Duration.parse(body.get("advance").asText()));
            } else if (body.hasNonNull("set")) {
                parts.clock().set(Instant.parse(body.get("set").asText()));
            } else {
                throw ApiError.invalid("advance", "give advance (ISO-8601 duration) or set (ISO-8601 instant)");
            }
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(body.has("advance") ? "advance" : "set", e.getMessage());
        }
        return clock();
    }

    private Response connectItem(Request request) {
        String uuid = request.variable("uuid");
        world.user(uuid).orElseThrow(() -> ApiError.notFound("user"));
        ObjectNode body = request.jsonObject();
        long providerId = body.path("provider_id").asLong(Providers.DEMO_BANK);
        Provider provider = Providers.byId(providerId).orElseThrow(() -> ApiError.invalid("provider_id", "unknown provider"));
        Scenario scenario = Scenario.fromLogin(body.path("login").asText("success"));
        Item item = world.connectItem(uuid, provider, body.path("account_types").asText("payment"), scenario.outcome());
        return Response.json(201, itemView(item));
    }

    private Response setStatus(Request request) {
        ObjectNode body = request.jsonObject();
        if (!body.path("status").canConvertToInt()) {
            throw ApiError.invalid("status", "status must be an integer");
        }
        Item item = item(request);
        item.setStatus(body.get("status").asInt(), body.hasNonNull("status_code_info")
                ? body.get("status_code_info").asText() : null, world.now());
        return Response.ok(itemView(item));
    }

    private Response expireConsent(Request request) {
        Item item = item(request);
        item.expireConsent(world.now());
        return Response.ok(itemView(item));
    }

    private Response addTransaction(Request request) {
        Account account = account(request);
        NewTransaction draft = read(request, NewTransaction.class);
        Transaction row = world.addTransaction(account,
                id -> draft.toRow(id, account.id(), account.blueprint().currency(), world.now()));
        return Response.json(201, row);
    }

    private Response groundTruth(Request request) {
        Account account = account(request);
        return Response.streamedJson(out -> {
            try (JsonGenerator generator = Json.MAPPER.createGenerator(out)) {
                generator.writeStartObject();
                generator.writeArrayFieldStart("resources");
                Iterator<Transaction> rows = account.ledger().scan(TransactionFilter.EVERY_ROW, 0);
                while (rows.hasNext()) {
                    generator.writeObject(rows.next());
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
        });
    }

    private Response modifyTransaction(Request request) {
        TransactionChange change = read(request, TransactionChange.class);
        return Response.ok(change(request, row -> change.applyTo(row, world.now())));
    }

    private Response deleteTransaction(Request request) {
        return Response.ok(change(request, row -> {
            if (row.deleted()) {
                throw new ApiError(409, "conflict", null, "the transaction is already deleted");
            }
            return row.markDeleted(world.now());
        }));
    }

    private Response postTransaction(Request request) {
        ObjectNode body = request.jsonObject();
        LocalDate bookedOn = body.hasNonNull("date") ? LocalDate.parse(body.get("date").asText())
                : LocalDate.ofInstant(world.now(), ZoneOffset.UTC);
        return Response.ok(change(request, row -> {
            if (!row.future()) {
                throw new ApiError(409, "conflict", null, "the transaction is not a future one");
            }
            return row.post(world.now(), bookedOn);
        }));
    }

    private Response faults() {
        return Response.ok(Json.MAPPER.valueToTree(parts.faults().active()));
    }

    private Response addFault(Request request) {
        parts.faults().add(read(request, Fault.class));
        return faults();
    }

    private Response clearFaults() {
        parts.faults().clear();
        return faults();
    }

    private Response rateLimit() {
        return Response.ok(Json.object().put("enabled", parts.rateLimiter().enabled())
                .put("per_minute", parts.rateLimiter().perMinute()));
    }

    private Response setRateLimit(Request request) {
        ObjectNode body = request.jsonObject();
        parts.rateLimiter().configure(body.path("enabled").asBoolean(true), body.path("per_minute").asInt(60));
        return rateLimit();
    }

    private Response webhookSettings() {
        WebhookPublisher.Settings settings = parts.webhooks().settings();
        ObjectNode body = Json.object().put("rotating", settings.previousSecret() != null);
        body.put("url", settings.url() == null ? null : settings.url().toString());
        return Response.ok(body);
    }

    private Response setWebhookUrl(Request request) {
        ObjectNode body = request.jsonObject();
        URI url = body.hasNonNull("url") ? URI.create(body.get("url").asText()) : null;
        WebhookPublisher.Settings current = parts.webhooks().settings();
        parts.webhooks().configure(new WebhookPublisher.Settings(url, current.secret(), current.previousSecret()));
        return webhookSettings();
    }

    private Response rotateSecret(Request request) {
        ObjectNode body = request.jsonObject();
        if (!body.hasNonNull("secret") || body.get("secret").asText().isEmpty()) {
            throw ApiError.invalid("secret", "the new secret is required");
        }
        WebhookPublisher.Settings current = parts.webhooks().settings();
        parts.webhooks().configure(new WebhookPublisher.Settings(current.url(), body.get("secret").asText(), current.secret()));
        return webhookSettings();
    }

    private Response endRotation(Request request) {
        WebhookPublisher.Settings current = parts.webhooks().settings();
        parts.webhooks().configure(new WebhookPublisher.Settings(current.url(), current.secret(), null));
        return webhookSettings();
    }

    private Response sendWebhook(Request request) {
        WebhookRequest webhook = read(request, WebhookRequest.class);
        if (webhook.type() == null) {
            throw ApiError.invalid("type", "type is required");
        }
        URI target = Optional.ofNullable(webhook.url()).or(() -> Optional.ofNullable(parts.webhooks().settings().url()))
                .orElseThrow(() -> ApiError.invalid("url", "no url given and no webhook url registered"));
        ObjectNode envelope = parts.events().envelope(webhook.type(), parts.events().content(webhook));
        return Response.ok(parts.webhooks().send(target, envelope));
    }

    private Transaction change(Request request, UnaryOperator<Transaction> change) {
        long id = request.idVariable("id", "transaction");
        return world.changeTransaction(id, change).orElseThrow(() -> ApiError.notFound("transaction"));
    }

    private Item item(Request request) {
        return world.item(request.idVariable("id", "item")).orElseThrow(() -> ApiError.notFound("item"));
    }

    private Account account(Request request) {
        return world.account(request.idVariable("id", "account")).orElseThrow(() -> ApiError.notFound("account"));
    }

    private ObjectNode itemView(Item item) {
        ItemView view = item.catchUp(world.now());
        ObjectNode node = Views.item(view, Language.EN).put("user_uuid", view.userUuid());
        ArrayNode accounts = node.putArray("accounts");
        List<Account> owned = world.accountsOfItem(view.id());
        owned.forEach(account -> accounts.add(Views.account(account, view)));
        return node;
    }

    private static <T> T read(Request request, Class<T> type) {
        JsonNode body = request.jsonObject();
        try {
            return Json.MAPPER.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(null, "invalid " + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(null, "invalid " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
