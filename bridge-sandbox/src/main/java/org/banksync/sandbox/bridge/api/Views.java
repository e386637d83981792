package org.banksync.sandbox.bridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.banksync.sandbox.bridge.data.AccountBlueprint;
import org.banksync.sandbox.bridge.data.Category;
import org.banksync.sandbox.bridge.data.Language;
import org.banksync.sandbox.bridge.data.Provider;
import org.banksync.sandbox.bridge.data.Transaction;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.world.Account;
import org.banksync.sandbox.bridge.world.ItemStatuses;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.SandboxUser;

/** The JSON Bridge writes for each resource (snake_case, nulls where Bridge has no value). */
public final class Views {

    private final String baseUrl;

    public Views(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static ObjectNode user(SandboxUser user) {
        return Json.object().put("uuid", user.uuid()).put("external_user_id", user.externalUserId());
    }

    public static ObjectNode item(ItemView item, Language language) {
        ItemStatuses.Texts texts = ItemStatuses.of(item.status());
        ObjectNode node = Json.object()
                .put("id", item.id())
                .put("status", item.status())
                .put("status_code_info", item.statusCodeInfo())
                .put("status_code_description", language == Language.FR ? texts.french() : texts.english())
                .put("provider_id", item.providerId())
                .put("account_types", item.accountTypes());
        timestamp(node, "created_at", item.createdAt());
        timestamp(node, "last_successful_refresh", item.lastSuccessfulRefresh());
        timestamp(node, "last_try_refresh", item.lastTryRefresh());
        timestamp(node, "authentication_expires_at", item.authenticationExpiresAt());
        return node;
    }

    public static ObjectNode account(Account account, ItemView item) {
        AccountBlueprint blueprint = account.blueprint();
        ObjectNode node = Json.object()
                .put("id", account.id())
                .put("name", blueprint.name())
                .put("balance", Json.amount(account.balance()))
                .put("accounting_balance", Json.amount(account.balance()))
                .put("instant_balance", Json.amount(account.instantBalance()));
        timestamp(node, "updated_at", item.lastSuccessfulRefresh() != null ? item.lastSuccessfulRefresh() : blueprint.fetchedAt());
        node.put("last_refresh_status", item.status() == 0 ? "successful" : "failed")
                .put("type", blueprint.kind().bridgeType())
                .put("currency_code", blueprint.currency())
                .put("item_id", item.id())
                .put("provider_id", item.providerId())
                .put("data_access", "enabled")
                .put("pro", false)
                .put("iban", blueprint.iban())
                .put("iban_filled_manually", false);
        if (blueprint.loan() != null) {
            node.set("loan_details", Json.MAPPER.valueToTree(blueprint.loan()));
        }
        return node;
    }

    public static JsonNode transaction(Transaction row) {
        return Json.MAPPER.valueToTree(row);
    }

    /** A parent with its children nested under `categories`, or a child with its parent_id. */
    public static ObjectNode category(Category category, Language language) {
        ObjectNode node = Json.object().put("id", category.id()).put("name", category.name(language));
        if (category.isParent()) {
            ArrayNode children = node.putArray("categories");
            category.children().forEach(child -> children.add(category(child, language)));
        } else {
            node.put("parent_id", category.parentId());
        }
        return node;
    }

    public ObjectNode provider(Provider provider) {
        ObjectNode node = Json.object()
                .put("id", provider.id())
                .put("name", provider.name())
                .put("country_code", provider.countryCode())
                .put("group_name", provider.groupName());
        node.putObject("images").put("logo", baseUrl + "/_sandbox/logos/" + provider.id() + ".svg");
        node.putArray("capabilities").add("aggregation").add("single_payment");
        node.putObject("aggregation_metadata").put("release_status", "active");
        node.putObject("payment_metadata");
        node.putObject("health_status").putObject("aggregation").put("status", "healthy");
        ObjectNode tags = node.putObject("tags");
        tags.putArray("keywords");
        tags.putArray("region");
        tags.putArray("segment").add("b2c").add("b2b");
        return node;
    }

    private static void timestamp(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, Json.timestamp(value));
        }
    }
}
