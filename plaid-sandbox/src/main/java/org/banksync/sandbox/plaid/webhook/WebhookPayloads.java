package org.banksync.sandbox.plaid.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.LinkSession;
import org.banksync.sandbox.plaid.world.LinkToken;

/** The bodies of Plaid's webhooks, built from the sandbox's state; every one carries environment "sandbox". */
public final class WebhookPayloads {

    /** The (type, code) pairs a webhook can be fired for by hand. */
    public static final List<String> FIREABLE = List.of("TRANSACTIONS/SYNC_UPDATES_AVAILABLE",
            "TRANSACTIONS/DEFAULT_UPDATE", "ITEM/ERROR", "ITEM/PENDING_EXPIRATION", "ITEM/PENDING_DISCONNECT",
            "ITEM/LOGIN_REPAIRED", "ITEM/USER_PERMISSION_REVOKED", "ITEM/NEW_ACCOUNTS_AVAILABLE");

    private WebhookPayloads() {
    }

    public static ObjectNode syncUpdatesAvailable(Item item) {
        return base("TRANSACTIONS", "SYNC_UPDATES_AVAILABLE").put("item_id", item.itemId())
                .put("initial_update_complete", true).put("historical_update_complete", true)
                .put("environment", "sandbox");
    }

    public static ObjectNode defaultUpdate(Item item) {
        ObjectNode body = base("TRANSACTIONS", "DEFAULT_UPDATE").put("item_id", item.itemId());
        body.putNull("error");
        return body.put("new_transactions", 0).put("environment", "sandbox");
    }

    public static ObjectNode error(Item item, ApiError error) {
        ObjectNode body = base("ITEM", "ERROR").put("item_id", item.itemId());
        body.set("error", error.toJson().put("status", error.status()));
        return body.put("environment", "sandbox");
    }

    public static ObjectNode pendingExpiration(Item item) {
        String expiration = item.consentExpiration() == null ? null : Json.timestamp(item.consentExpiration());
        return base("ITEM", "PENDING_EXPIRATION").put("item_id", item.itemId())
                .put("consent_expiration_time", expiration).put("environment", "sandbox");
    }

    public static ObjectNode pendingDisconnect(Item item, Instant now) {
        return base("ITEM", "PENDING_DISCONNECT").put("item_id", item.itemId())
                .put("reason", "INSTITUTION_TOKEN_EXPIRATION")
                .put("disconnect_time", Json.timestamp(now.plus(Duration.ofDays(7)))).put("environment", "sandbox");
    }

    public static ObjectNode loginRepaired(Item item) {
        return base("ITEM", "LOGIN_REPAIRED").put("item_id", item.itemId()).put("environment", "sandbox");
    }

    public static ObjectNode newAccountsAvailable(Item item) {
        ObjectNode body = base("ITEM", "NEW_ACCOUNTS_AVAILABLE").put("item_id", item.itemId());
        body.putNull("error");
        return body.put("environment", "sandbox");
    }

    /** USER_PERMISSION_REVOKED carries error_code USER_PERMISSION_REVOKED (the API then answers ITEM_LOGIN_REQUIRED). */
    public static ObjectNode userPermissionRevoked(Item item) {
        ApiError revoked = new ApiError(400, "ITEM_ERROR", "USER_PERMISSION_REVOKED", null,
                "the holder of this account has revoked their permission for your application to access it", null);
        ObjectNode body = base("ITEM", "USER_PERMISSION_REVOKED").put("item_id", item.itemId());
        body.set("error", revoked.toJson().put("status", 400));
        return body.put("environment", "sandbox");
    }

    public static ObjectNode sessionFinished(LinkToken token, LinkSession session) {
        ObjectNode body = base("LINK", "SESSION_FINISHED").put("status", session.success() ? "SUCCESS" : "EXITED")
                .put("link_session_id", session.linkSessionId()).put("link_token", token.token());
        ArrayNode publicTokens = body.putArray("public_tokens");
        if (session.publicToken() != null) {
            publicTokens.add(session.publicToken());
        }
        return body.put("environment", "sandbox");
    }

    /**
     * The body of a webhook fired by hand for an Item, from its current state; empty for an unknown pair.
     * ERROR uses the Item's error, or ITEM_LOGIN_REQUIRED when it has none.
     */
    public static Optional<ObjectNode> forCode(Item item, String type, String code, Instant now) {
        ObjectNode body = switch (type + "/" + code) {
            case "TRANSACTIONS/SYNC_UPDATES_AVAILABLE" -> syncUpdatesAvailable(item);
            case "TRANSACTIONS/DEFAULT_UPDATE" -> defaultUpdate(item);
            case "ITEM/ERROR" -> error(item, item.error() != null ? item.error() : ApiError.itemLoginRequired(null));
            case "ITEM/PENDING_EXPIRATION" -> pendingExpiration(item);
            case "ITEM/PENDING_DISCONNECT" -> pendingDisconnect(item, now);
            case "ITEM/LOGIN_REPAIRED" -> loginRepaired(item);
            case "ITEM/USER_PERMISSION_REVOKED" -> userPermissionRevoked(item);
            case "ITEM/NEW_ACCOUNTS_AVAILABLE" -> newAccountsAvailable(item);
            default -> null;
        };
        return Optional.ofNullable(body);
    }

    /** The webhook_type Plaid's /sandbox/item/fire_webhook infers from a code. */
    public static Optional<String> typeOf(String code) {
        return FIREABLE.stream().filter(pair -> pair.endsWith("/" + code)).findFirst()
                .map(pair -> pair.substring(0, pair.indexOf('/')));
    }

    private static ObjectNode base(String type, String code) {
        return Json.object().put("webhook_type", type).put("webhook_code", code);
    }
}
