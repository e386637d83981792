package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.banksync.sandbox.plaid.fault.RateLimiter;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.webhook.WebhookKeys;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.World;

/** /item/get, /item/remove, /item/webhook/update and /webhook_verification_key/get. */
public final class ItemsApi {

    private final World world;
    private final RateLimiter limits;
    private final WebhookKeys keys;

    public ItemsApi(World world, RateLimiter limits, WebhookKeys keys) {
        this.world = world;
        this.limits = limits;
        this.keys = keys;
    }

    public void register(PlaidApi api) {
        api.add("/item/get", Set.of("access_token"), this::get)
                .add("/item/remove", Set.of("access_token", "reason_code", "reason_note"), this::remove)
                .add("/item/webhook/update", Set.of("access_token", "webhook"), this::updateWebhook)
                .add("/webhook_verification_key/get", Set.of("key_id"), this::verificationKey);
    }

    /** The Item and its status; an Item in error is answered (item.error says so), not refused. */
    private ObjectNode get(Body body) {
        Item item = world.item(body.requiredText("access_token"));
        limits.check("/item/get", item.itemId());
        ObjectNode answer = Json.object();
        answer.set("item", Views.item(item));
        answer.set("status", Views.status(item));
        return answer;
    }

    private ObjectNode remove(Body body) {
        Item item = world.item(body.requiredText("access_token"));
        body.text("reason_code");
        body.text("reason_note");
        limits.check("/item/remove", item.itemId());
        world.removeItem(item);
        return Json.object();
    }

    private ObjectNode updateWebhook(Body body) {
        Item item = world.item(body.requiredText("access_token"));
        String webhook = body.text("webhook").orElse(null);
        item.setWebhook(webhook == null || webhook.isEmpty() ? null : webhook);
        ObjectNode answer = Json.object();
        answer.set("item", Views.item(item));
        return answer;
    }

    private ObjectNode verificationKey(Body body) {
        String kid = body.requiredText("key_id");
        WebhookKeys.Key key = keys.byKid(kid).orElseThrow(() -> new ApiError(400, "INVALID_INPUT",
                "INVALID_WEBHOOK_VERIFICATION_KEY_ID", "invalid key_id provided; use the kid of a Plaid-Verification JWT"));
        ObjectNode answer = Json.object();
        answer.set("key", WebhookKeys.jwk(key));
        return answer;
    }
}
