package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.data.Pfc;
import org.banksync.sandbox.plaid.data.Transaction;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.world.Item;

/** Plaid's JSON shapes: AccountBase, Item, the item status, Transaction and the auth numbers. */
public final class Views {

    /** How a transaction is shown: with original_description or not, PFC v1 or v2. */
    public record TransactionOptions(boolean includeOriginalDescription, boolean pfcV2) {
        public static final TransactionOptions FULL = new TransactionOptions(true, true);
    }

    private static final List<String> OFFERED_PRODUCTS = List.of("auth", "balance", "identity", "transactions");

    private Views() {
    }

    public static ObjectNode account(Item item, Account account) {
        Item.Balances balances = item.balances(account);
        ObjectNode node = Json.object().put("account_id", account.accountId());
        ObjectNode balance = node.putObject("balances");
        balance.put("available", Json.amount(balances.available()));
        balance.put("current", Json.amount(balances.current()));
        balance.put("iso_currency_code", account.isoCurrencyCode());
        balance.putNull("limit");
        balance.putNull("unofficial_currency_code");
        node.put("holder_category", "personal");
        node.put("mask", account.mask());
        node.put("name", account.name());
        node.put("official_name", account.officialName());
        node.put("subtype", account.subtype());
        node.put("type", account.type());
        return node;
    }

    public static ArrayNode accounts(Item item, List<Account> accounts) {
        ArrayNode array = Json.array();
        accounts.forEach(account -> array.add(account(item, account)));
        return array;
    }

    public static ObjectNode item(Item item) {
        ObjectNode node = Json.object();
        node.set("available_products", strings(OFFERED_PRODUCTS.stream()
                .filter(product -> !item.billedProducts().contains(product)).toList()));
        node.set("billed_products", strings(item.billedProducts()));
        node.put("consent_expiration_time", time(item.consentExpiration()));
        node.put("created_at", time(item.createdAt()));
        ApiError error = item.error();
        if (error == null) {
            node.putNull("error");
        } else {
            node.set("error", error.toJson());
        }
        node.put("institution_id", item.institution().institutionId());
        node.put("institution_name", item.institution().name());
        node.put("item_id", item.itemId());
        node.set("products", strings(item.products()));
        node.put("update_type", "background");
        node.put("webhook", item.webhook());
        return node;
    }

    public static ObjectNode status(Item item) {
        ObjectNode status = Json.object();
        ObjectNode transactions = status.putObject("transactions");
        transactions.put("last_successful_update", time(item.lastSuccessfulUpdate()));
        transactions.put("last_failed_update", time(item.lastFailedUpdate()));
        if (item.lastWebhookCode() == null) {
            status.putNull("last_webhook");
        } else {
            status.putObject("last_webhook").put("sent_at", time(item.lastWebhookSentAt()))
                    .put("code_sent", item.lastWebhookCode());
        }
        return status;
    }

    public static ObjectNode transaction(Transaction row, TransactionOptions options) {
        boolean moneyIn = row.amount().signum() < 0;
        Pfc.Label label = options.pfcV2() ? Pfc.v2(row.pfcDetailed()) : Pfc.v1(row.pfcDetailed(), moneyIn);
        ObjectNode node = Json.object();
        node.put("account_id", row.accountId());
        node.putNull("account_owner");
        node.put("amount", Json.amount(row.amount()));
        node.put("authorized_date", row.authorizedDate() == null ? null : row.authorizedDate().toString());
        node.putNull("authorized_datetime");
        node.putNull("category");
        node.putNull("category_id");
        node.putNull("check_number");
        node.putArray("counterparties");
        node.put("date", row.date().toString());
        node.putNull("datetime");
        node.put("iso_currency_code", row.isoCurrencyCode());
        ObjectNode location = node.putObject("location");
        location.putNull("address");
        location.put("city", row.city());
        location.put("country", row.country());
        location.putNull("lat");
        location.putNull("lon");
        location.putNull("postal_code");
        location.putNull("region");
        location.putNull("store_number");
        node.putNull("logo_url");
        node.putNull("merchant_entity_id");
        node.put("merchant_name", row.merchantName());
        node.put("name", row.name());
        node.put("original_description", options.includeOriginalDescription() ? row.originalDescription() : null);
        node.put("payment_channel", row.paymentChannel());
        ObjectNode meta = node.putObject("payment_meta");
        Stream.of("by_order_of", "payee", "payer", "payment_method", "payment_processor", "ppd_id", "reason",
                "reference_number").forEach(meta::putNull);
        node.put("pending", row.pending());
        node.put("pending_transaction_id", row.pendingTransactionId());
        ObjectNode pfc = node.putObject("personal_finance_category");
        pfc.put("confidence_level", row.confidenceLevel());
        pfc.put("detailed", label.detailed());
        pfc.put("primary", label.primary());
        pfc.put("version", options.pfcV2() ? "v2" : "v1");
        node.put("personal_finance_category_icon_url", Pfc.iconUrl(label.primary()));
        node.put("transaction_code", row.transactionCode());
        node.put("transaction_id", row.transactionId());
        node.put("transaction_type", switch (row.paymentChannel()) {
            case "in store" -> "place";
            case "online" -> "digital";
            default -> "special";
        });
        node.putNull("unofficial_currency_code");
        node.put("website", row.website());
        return node;
    }

    /** /auth/get's numbers: international (IBAN, BIC), bacs (GBP), ach (USD); eft stays empty. */
    public static ObjectNode numbers(List<Account> accounts) {
        ObjectNode numbers = Json.object();
        ArrayNode ach = numbers.putArray("ach");
        ArrayNode bacs = numbers.putArray("bacs");
        numbers.putArray("eft");
        ArrayNode international = numbers.putArray("international");
        for (Account account : accounts) {
            Account.Numbers n = account.numbers();
            if (n.iban() != null) {
                international.addObject().put("account_id", account.accountId()).put("bic", n.bic()).put("iban", n.iban());
            }
            if (n.sortCode() != null) {
                bacs.addObject().put("account", n.account()).put("account_id", account.accountId())
                        .put("sort_code", n.sortCode());
            }
            if (n.routing() != null) {
                ach.addObject().put("account", n.account()).put("account_id", account.accountId())
                        .put("routing", n.routing()).put("wire_routing", n.wireRouting());
            }
        }
        return numbers;
    }

    static String time(Instant instant) {
        return instant == null ? null : Json.timestamp(instant);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }
}
