package org.banksync.sandbox.bridge.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.world.Account;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.World;

/** Builds the `content` of each webhook type from the sandbox's state, with Bridge's field names. */
public final class WebhookEvents {

    private final World world;

    public WebhookEvents(World world) {
        this.world = world;
    }

    /** The {"content":..,"timestamp":<epoch ms>,"type":..} envelope. */
    public ObjectNode envelope(String type, ObjectNode content) {
        ObjectNode envelope = Json.object();
        envelope.set("content", content);
        envelope.put("timestamp", world.now().toEpochMilli());
        envelope.put("type", type);
        return envelope;
    }

    public ObjectNode content(WebhookRequest request) {
        return switch (request.type()) {
            case "item.created", "item.deleted" -> itemIdentity(item(request));
            case "item.refreshed" -> refreshed(item(request), bool(request.fullRefresh(), false),
                    request.refreshTrigger() == null ? "scheduler" : request.refreshTrigger());
            case "item.account.created", "item.account.deleted" -> account(account(request));
            case "item.account.updated" -> accountUpdated(account(request), request);
            case "user.deleted" -> Json.object().put("user_uuid", required(request.userUuid(), "user_uuid"));
            case "TEST_EVENT" -> Json.object();
            default -> throw ApiError.invalid("type", "unknown webhook type " + request.type());
        };
    }

    public static ObjectNode itemIdentity(ItemView item) {
        return Json.object().put("item_id", item.id()).put("user_uuid", item.userUuid());
    }

    public static ObjectNode refreshed(ItemView item, boolean fullRefresh, String trigger) {
        ObjectNode content = Json.object()
                .put("account_types", item.accountTypes())
                .put("full_refresh", fullRefresh)
                .put("refresh_trigger", trigger)
                .put("item_id", item.id())
                .put("status_code", item.status())
                .put("status_code_info", item.statusCodeInfo());
        Instant expiry = item.authenticationExpiresAt();
        if (expiry == null) {
            content.putNull("authentication_expires_at");
        } else {
            content.put("authentication_expires_at", DateTimeFormatter.ISO_INSTANT.format(expiry.truncatedTo(ChronoUnit.SECONDS)));
        }
        return content.put("user_uuid", item.userUuid());
    }

    public static ObjectNode account(Account account) {
        return Json.object()
                .put("account_id", account.id())
                .put("balance", Json.amount(account.balance()))
                .put("item_id", account.itemId())
                .put("user_uuid", account.userUuid());
    }

    private static ObjectNode accountUpdated(Account account, WebhookRequest request) {
        Account.Changes changes = account.drainChanges();
        return account(account)
                .put("nb_new_transactions", request.nbNewTransactions() != null ? request.nbNewTransactions() : changes.created())
                .put("nb_updated_transactions",
                        request.nbUpdatedTransactions() != null ? request.nbUpdatedTransactions() : changes.updated())
                .put("nb_deleted_transactions",
                        request.nbDeletedTransactions() != null ? request.nbDeletedTransactions() : changes.deleted());
    }

    private ItemView item(WebhookRequest request) {
        long id = required(request.itemId(), "item_id");
        return world.item(id).orElseThrow(() -> ApiError.notFound("item")).catchUp(world.now());
    }

    private Account account(WebhookRequest request) {
        long id = required(request.accountId(), "account_id");
        return world.account(id).orElseThrow(() -> ApiError.notFound("account"));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiError.invalid(field, field + " is required for this webhook type");
        }
        return value;
    }

    private static boolean bool(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
