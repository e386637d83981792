package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.banksync.sandbox.plaid.connect.Scenario;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.data.Institutions;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.webhook.AutomaticWebhooks;
import org.banksync.sandbox.plaid.webhook.WebhookPayloads;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.World;

/** Plaid's own Sandbox endpoints: /sandbox/public_token/create, /sandbox/item/reset_login, /sandbox/item/fire_webhook. */
public final class SandboxApi {

    private final World world;
    private final AutomaticWebhooks webhooks;
    private final Supplier<URI> defaultWebhook;

    public SandboxApi(World world, AutomaticWebhooks webhooks, Supplier<URI> defaultWebhook) {
        this.world = world;
        this.webhooks = webhooks;
        this.defaultWebhook = defaultWebhook;
    }

    public void register(PlaidApi api) {
        api.add("/sandbox/public_token/create", Set.of("institution_id", "initial_products", "options", "user_token"),
                        this::createPublicToken)
                .add("/sandbox/item/reset_login", Set.of("access_token"), this::resetLogin)
                .add("/sandbox/item/fire_webhook", Set.of("access_token", "webhook_code", "webhook_type"),
                        this::fireWebhook);
    }

    private ObjectNode createPublicToken(Body body) {
        body.require("institution_id", "initial_products");
        String institutionId = body.text("institution_id").orElseThrow();
        List<String> products = body.strings("initial_products").orElseThrow();
        if (products.isEmpty() || !LinkApi.PRODUCTS.containsAll(products)) {
            throw ApiError.invalidField("initial_products must name known products");
        }
        body.text("user_token");
        Optional<Body> options = body.object("options", Set.of("webhook", "override_username", "override_password",
                "transactions", "income_verification"));
        String webhook = options.flatMap(o -> o.text("webhook")).orElse(null);
        String username = options.flatMap(o -> o.text("override_username")).orElse(Scenario.GOOD_USER);
        String password = options.flatMap(o -> o.text("override_password")).orElse(Scenario.GOOD_PASSWORD);
        int days = options.flatMap(o -> o.object("transactions", Set.of("start_date", "end_date", "days_requested")))
                .flatMap(t -> t.integer("days_requested", 1, 730)).orElse(World.DEFAULT_DAYS_REQUESTED);
        Institution institution = Institutions.byId(institutionId)
                .orElseThrow(() -> ApiError.invalidInstitution(institutionId));
        Scenario.check(institution, username, password).ifPresent(error -> {
            throw error;
        });
        if (webhook == null && defaultWebhook.get() != null) {
            webhook = defaultWebhook.get().toString();
        }
        Item item = world.createItem(institution, webhook, products, days);
        return Json.object().put("public_token", world.issuePublicToken(item));
    }

    private ObjectNode resetLogin(Body body) {
        Item item = world.item(body.requiredText("access_token"));
        world.resetLogin(item);
        return Json.object().put("reset_login", true);
    }

    private ObjectNode fireWebhook(Body body) {
        Item item = world.item(body.requiredText("access_token"));
        String code = body.requiredText("webhook_code");
        String type = body.text("webhook_type").or(() -> WebhookPayloads.typeOf(code))
                .orElseThrow(() -> ApiError.invalidField("webhook_code " + code + " cannot be fired in the sandbox"));
        if (code.equals("PENDING_EXPIRATION")) {
            throw ApiError.invalidField("webhook_code PENDING_EXPIRATION cannot be fired in the sandbox");
        }
        ObjectNode payload = WebhookPayloads.forCode(item, type, code, world.now())
                .orElseThrow(() -> ApiError.invalidField("webhook_code " + code + " does not exist for webhook_type "
                        + type));
        String url = item.webhook();
        if (url == null || url.isBlank()) {
            throw ApiError.invalidField("the Item has no webhook; set one with /item/webhook/update");
        }
        webhooks.sendNow(item, URI.create(url), payload);
        return Json.object().put("webhook_fired", true);
    }
}
