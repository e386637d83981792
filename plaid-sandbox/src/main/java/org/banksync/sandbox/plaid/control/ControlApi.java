package org.banksync.sandbox.plaid.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.banksync.sandbox.plaid.api.Views;
import org.banksync.sandbox.plaid.clock.SandboxClock;
import org.banksync.sandbox.plaid.connect.Scenario;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.data.Institutions;
import org.banksync.sandbox.plaid.data.Pfc;
import org.banksync.sandbox.plaid.data.Transaction;
import org.banksync.sandbox.plaid.fault.Fault;
import org.banksync.sandbox.plaid.fault.FaultInjector;
import org.banksync.sandbox.plaid.fault.RateLimiter;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.http.Request;
import org.banksync.sandbox.plaid.http.Response;
import org.banksync.sandbox.plaid.http.Router;
import org.banksync.sandbox.plaid.webhook.AutomaticWebhooks;
import org.banksync.sandbox.plaid.webhook.WebhookDelivery;
import org.banksync.sandbox.plaid.webhook.WebhookPayloads;
import org.banksync.sandbox.plaid.webhook.WebhookPublisher;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.World;

/** Serves /_sandbox/...: the test-only control endpoints documented in the module's README. */
public final class ControlApi {

    /** The parts of the sandbox the control API drives. */
    public record Parts(World world, SandboxClock clock, FaultInjector faults, RateLimiter rateLimiter,
                        WebhookPublisher webhooks, AutomaticWebhooks automatic, Runnable reset) {
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
                .add("POST", "/_sandbox/items", this::createItem)
                .add("GET", "/_sandbox/items/{item_id}", request -> Response.ok(itemRecord(item(request), null)))
                .add("POST", "/_sandbox/items/{item_id}/expire-consent", request -> itemChange(request, world::expireConsent))
                .add("POST", "/_sandbox/items/{item_id}/reset-login", request -> itemChange(request, world::resetLogin))
                .add("POST", "/_sandbox/items/{item_id}/revoke", request -> itemChange(request, world::revoke))
                .add("PUT", "/_sandbox/items/{item_id}/webhook", this::setItemWebhook)
                .add("POST", "/_sandbox/items/{item_id}/webhooks", this::fireWebhook)
                .add("POST", "/_sandbox/accounts/{account_id}/transactions", this::addTransaction)
                .add("GET", "/_sandbox/accounts/{account_id}/transactions", this::groundTruth)
                .add("PATCH", "/_sandbox/transactions/{transaction_id}", this::modifyTransaction)
                .add("DELETE", "/_sandbox/transactions/{transaction_id}", this::removeTransaction)
                .add("POST", "/_sandbox/transactions/{transaction_id}/post", this::postTransaction)
                .add("GET", "/_sandbox/sync", request -> syncSettings())
                .add("PUT", "/_sandbox/sync", this::setSyncSettings)
                .add("POST", "/_sandbox/sync/mutation-during-pagination", this::forceMutation)
                .add("GET", "/_sandbox/faults", request -> faults())
                .add("POST", "/_sandbox/faults", this::addFault)
                .add("DELETE", "/_sandbox/faults", request -> clearFaults())
                .add("GET", "/_sandbox/rate-limit", request -> rateLimit())
                .add("PUT", "/_sandbox/rate-limit", this::setRateLimit)
                .add("GET", "/_sandbox/webhooks", request -> webhookSettings())
                .add("PUT", "/_sandbox/webhooks/url", this::setDefaultWebhookUrl)
                .add("PUT", "/_sandbox/webhooks/clock-skew", this::setClockSkew)
                .add("POST", "/_sandbox/webhooks/rotate-key", request -> rotateKey())
                .add("GET", "/_sandbox/webhooks/sent", request -> sentWebhooks());
    }

    public Response handle(Request request) {
        return router.find(request).map(Router.Match::run).orElseThrow(() -> notFound("control endpoint "
                + request.method() + " " + request.path()));
    }

    // state and clock

    private Response reset(Request request) {
        parts.reset().run();
        return clock();
    }

    private Response clock() {
        return Response.ok(Json.object().put("now", parts.clock().instant().toString()));
    }

    private Response moveClock(Request request) {
        ObjectNode body = request.controlBody();
        try {
            if (body.hasNonNull("advance")) {
                parts.clock().advance(Duration.parse(body.get("advance").asText()));
            } else if (body.hasNonNull("set")) {
                parts.clock().set(Instant.parse(body.get("set").asText()));
            } else {
                throw invalid("give advance (ISO-8601 duration) or set (ISO-8601 instant)");
            }
        } catch (DateTimeParseException e) {
            throw invalid(e.getMessage());
        }
        world.tick();
        return clock();
    }

    // items

    private Response createItem(Request request) {
        NewItem spec = read(request, NewItem.class);
        if (spec.institutionId() == null) {
            throw invalid("institution_id is required");
        }
        Institution institution = Institutions.byId(spec.institutionId())
                .orElseThrow(() -> ApiError.invalidInstitution(spec.institutionId()));
        Scenario.check(institution, spec.username() != null ? spec.username() : Scenario.GOOD_USER,
                spec.password() != null ? spec.password() : Scenario.GOOD_PASSWORD).ifPresent(error -> {
                    throw error;
                });
        String webhook = spec.webhook() != null ? spec.webhook()
                : parts.webhooks().defaultUrl() == null ? null : parts.webhooks().defaultUrl().toString();
        Item item = world.createItem(institution, webhook,
                spec.products() != null ? spec.products() : List.of("transactions"),
                spec.daysRequested() != null ? spec.daysRequested() : World.DEFAULT_DAYS_REQUESTED);
        return Response.json(201, itemRecord(item, world.issuePublicToken(item)));
    }

    private Response itemChange(Request request, Consumer<Item> change) {
        Item item = item(request);
        change.accept(item);
        return Response.ok(itemRecord(item, null));
    }

    private Response setItemWebhook(Request request) {
        Item item = item(request);
        ObjectNode body = request.controlBody();
        item.setWebhook(body.hasNonNull("url") ? body.get("url").asText() : null);
        return Response.ok(itemRecord(item, null));
    }

    private Response fireWebhook(Request request) {
        Item item = item(request);
        ObjectNode body = request.controlBody();
        String type = body.path("webhook_type").asText("").toUpperCase(Locale.ROOT);
        String code = body.path("webhook_code").asText("").toUpperCase(Locale.ROOT);
        ObjectNode payload = WebhookPayloads.forCode(item, type, code, world.now())
                .orElseThrow(() -> invalid("webhook_type/webhook_code must be one of " + WebhookPayloads.FIREABLE));
        String url = body.hasNonNull("url") ? body.get("url").asText() : item.webhook();
        if (url == null || url.isBlank()) {
            throw invalid("no url given and the Item has no webhook");
        }
        WebhookDelivery delivery = parts.automatic().sendNow(item, URI.create(url), payload);
        return Response.ok(delivery);
    }

    // transactions

    private Response addTransaction(Request request) {
        String accountId = request.variable("account_id");
        Item item = world.itemOfAccount(accountId).orElseThrow(() -> notFound("account " + accountId));
        Account account = item.account(accountId).orElseThrow();
        NewTransaction draft = read(request, NewTransaction.class);
        if (draft.amount() == null) {
            throw invalid("amount is required");
        }
        String category = draft.personalFinanceCategoryDetailed() != null ? category(draft.personalFinanceCategoryDetailed())
                : draft.amount().signum() > 0 ? "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE" : "TRANSFER_IN_DEPOSIT";
        Transaction row = world.addTransaction(item, id -> {
            var date = draft.date() != null ? draft.date() : world.today();
            String name = draft.name() != null ? draft.name() : "Sandbox transaction";
            String code = draft.transactionCode() != null ? draft.transactionCode()
                    : account.isoCurrencyCode().equals("USD") ? null
                    : draft.amount().signum() > 0 ? "purchase" : "transfer";
            return new Transaction(id, accountId, scale(draft.amount()), account.isoCurrencyCode(), date,
                    draft.authorizedDate() != null ? draft.authorizedDate() : date, Boolean.TRUE.equals(draft.pending()),
                    null, name, draft.merchantName(),
                    draft.originalDescription() != null ? draft.originalDescription() : name.toUpperCase(Locale.ROOT),
                    draft.paymentChannel() != null ? draft.paymentChannel() : "other", category,
                    draft.personalFinanceCategoryDetailed() != null ? "VERY_HIGH" : "LOW", code, null, null, null);
        });
        return Response.json(201, view(row));
    }

    private Response groundTruth(Request request) {
        String accountId = request.variable("account_id");
        Item item = world.itemOfAccount(accountId).orElseThrow(() -> notFound("account " + accountId));
        ObjectNode body = Json.object();
        ArrayNode rows = body.putArray("transactions");
        world.liveTransactions(item, accountId).forEach(row -> rows.add(view(row)));
        return Response.ok(body);
    }

    private Response modifyTransaction(Request request) {
        TransactionChange change = read(request, TransactionChange.class);
        String category = change.personalFinanceCategoryDetailed() == null ? null
                : category(change.personalFinanceCategoryDetailed());
        UnaryOperator<Transaction> apply = row -> {
            Transaction changed = row;
            if (change.amount() != null) {
                changed = changed.withAmount(scale(change.amount()));
            }
            if (change.name() != null) {
                changed = changed.withName(change.name());
            }
            if (change.merchantName() != null) {
                changed = changed.withMerchantName(change.merchantName());
            }
            if (change.date() != null) {
                changed = changed.withDate(change.date());
            }
            if (category != null) {
                changed = changed.withCategory(category);
            }
            return changed;
        };
        String id = request.variable("transaction_id");
        return Response.ok(view(world.modifyTransaction(id, apply).orElseThrow(() -> notFound("live transaction " + id))));
    }

    private Response removeTransaction(Request request) {
        String id = request.variable("transaction_id");
        return Response.ok(view(world.removeTransaction(id).orElseThrow(() -> notFound("live transaction " + id))));
    }

    private Response postTransaction(Request request) {
        String id = request.variable("transaction_id");
        Posting posting = read(request, Posting.class);
        Transaction pending = world.itemOfTransaction(id).flatMap(item -> item.log().live(id))
                .orElseThrow(() -> notFound("live transaction " + id));
        if (!pending.pending()) {
            throw new ApiError(409, "INVALID_REQUEST", "CONFLICT", "transaction " + id + " is not pending");
        }
        if (Boolean.TRUE.equals(posting.drop())) {
            return Response.ok(view(world.removeTransaction(id).orElseThrow()));
        }
        UnaryOperator<Transaction> apply = row -> {
            Transaction posted = row;
            if (posting.amount() != null) {
                posted = posted.withAmount(scale(posting.amount()));
            }
            if (posting.date() != null) {
                posted = posted.withDate(posting.date());
            }
            if (posting.name() != null) {
                posted = posted.withName(posting.name());
            }
            return posted;
        };
        Transaction posted = world.postTransaction(id, apply, Boolean.TRUE.equals(posting.splitPages()),
                Boolean.TRUE.equals(posting.addedFirst())).orElseThrow(() -> notFound("live transaction " + id));
        return Response.ok(view(posted));
    }

    // sync engine

    private Response syncSettings() {
        return Response.ok(Json.object().put("netted", world.netted()).put("initial_not_ready", world.initialNotReady()));
    }

    private Response setSyncSettings(Request request) {
        ObjectNode body = request.controlBody();
        if (body.has("netted")) {
            world.setNetted(body.get("netted").asBoolean());
        }
        if (body.has("initial_not_ready")) {
            world.setInitialNotReady(body.get("initial_not_ready").asBoolean());
        }
        return syncSettings();
    }

    private Response forceMutation(Request request) {
        ObjectNode body = request.controlBody();
        int times = body.path("times").asInt(1);
        if (times < 0) {
            throw invalid("times must be 0 or more");
        }
        String itemId = body.hasNonNull("item_id") ? body.get("item_id").asText() : null;
        if (itemId != null && world.itemById(itemId).isEmpty()) {
            throw notFound("item " + itemId);
        }
        world.forceMutationDuringPagination(itemId, times);
        ObjectNode answer = Json.object().put("times", times);
        answer.put("item_id", itemId);
        return Response.ok(answer);
    }

    // faults and limits

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
        return Response.ok(Json.object().put("enabled", parts.rateLimiter().enabled()));
    }

    private Response setRateLimit(Request request) {
        parts.rateLimiter().configure(request.controlBody().path("enabled").asBoolean(true));
        return rateLimit();
    }

    // webhooks

    private Response webhookSettings() {
        ObjectNode body = Json.object();
        URI url = parts.webhooks().defaultUrl();
        body.put("default_url", url == null ? null : url.toString());
        body.put("clock_skew_seconds", parts.webhooks().clockSkew().toSeconds());
        body.put("key_id", parts.webhooks().keys().current().kid());
        return Response.ok(body);
    }

    private Response setDefaultWebhookUrl(Request request) {
        ObjectNode body = request.controlBody();
        parts.webhooks().setDefaultUrl(body.hasNonNull("url") ? URI.create(body.get("url").asText()) : null);
        return webhookSettings();
    }

    private Response setClockSkew(Request request) {
        parts.webhooks().setClockSkew(Duration.ofSeconds(request.controlBody().path("seconds").asLong(0)));
        return webhookSettings();
    }

    private Response rotateKey() {
        parts.webhooks().keys().rotate();
        return webhookSettings();
    }

    private Response sentWebhooks() {
        ObjectNode body = Json.object();
        body.set("deliveries", Json.MAPPER.valueToTree(parts.webhooks().sent()));
        return Response.ok(body);
    }

    // helpers

    private Item item(Request request) {
        String id = request.variable("item_id");
        return world.itemById(id).orElseThrow(() -> notFound("item " + id));
    }

    private ObjectNode itemRecord(Item item, String publicToken) {
        ObjectNode node = Json.object();
        node.put("item_id", item.itemId());
        node.put("access_token", item.accessToken());
        node.put("public_token", publicToken);
        node.put("institution_id", item.institution().institutionId());
        node.put("institution_name", item.institution().name());
        node.put("webhook", item.webhook());
        node.put("created_at", item.createdAt().toString());
        node.put("consent_expiration_time", item.consentExpiration() == null ? null : item.consentExpiration().toString());
        node.put("error_code", item.error() == null ? null : item.error().errorCode());
        node.put("error_code_reason", item.error() == null ? null : item.error().errorCodeReason());
        ArrayNode accounts = node.putArray("accounts");
        for (Account account : item.accounts()) {
            Item.Balances balances = item.balances(account);
            Account.Numbers numbers = account.numbers();
            ObjectNode record = accounts.addObject();
            record.put("account_id", account.accountId());
            record.put("name", account.name());
            record.put("official_name", account.officialName());
            record.put("mask", account.mask());
            record.put("type", account.type());
            record.put("subtype", account.subtype());
            record.put("iso_currency_code", account.isoCurrencyCode());
            record.put("iban", numbers.iban());
            record.put("bic", numbers.bic());
            record.put("account_number", numbers.account());
            record.put("sort_code", numbers.sortCode());
            record.put("routing", numbers.routing());
            record.put("available_balance", Json.amount(balances.available()));
            record.put("current_balance", Json.amount(balances.current()));
        }
        return node;
    }

    private static ObjectNode view(Transaction row) {
        return Views.transaction(row, Views.TransactionOptions.FULL);
    }

    private static String category(String detailed) {
        if (Pfc.primaryOf(detailed).isEmpty()) {
            throw invalid("personal_finance_category_detailed must start with a PFCv2 primary (e.g."
                    + " FOOD_AND_DRINK_GROCERIES): " + detailed);
        }
        return detailed;
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.scale() < 2 ? amount.setScale(2) : amount;
    }

    private static <T> T read(Request request, Class<T> type) {
        ObjectNode body = request.controlBody();
        try {
            return Json.MAPPER.treeToValue(body, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid("invalid " + type.getSimpleName() + ": " + Optional.ofNullable(e.getMessage()).orElse(""));
        }
    }

    private static ApiError invalid(String message) {
        return new ApiError(400, "INVALID_REQUEST", "INVALID_FIELD", message);
    }

    private static ApiError notFound(String what) {
        return new ApiError(404, "INVALID_REQUEST", "NOT_FOUND", what + " not found");
    }
}
