package org.banksync.sandbox.plaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.SandboxControl;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.banksync.sandbox.plaid.http.Json;

/** Starts a sandbox on a fixed clock and drives /transactions/sync loops (test helper). */
final class SandboxFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-16T09:30:00Z");
    static final String FIRST_PLATYPUS = "ins_109508";
    static final String FRENCH_BANK = "ins_900101";
    static final String UK_BANK = "ins_117650";
    static final String US_BANK = "ins_109511";
    static final String DOWN_BANK = "ins_132361";

    /** Every page of one sync loop, and what they add up to. */
    record Loop(List<JsonNode> pages, String startCursor, String nextCursor) {
        List<JsonNode> all(String array) {
            List<JsonNode> nodes = new ArrayList<>();
            pages.forEach(page -> page.get(array).forEach(nodes::add));
            return nodes;
        }

        List<String> ids(String array) {
            return all(array).stream().map(node -> node.get("transaction_id").asText()).toList();
        }
    }

    final PlaidSandbox sandbox;
    final PlaidHttp http;
    final SandboxControl control;

    SandboxFixture(SandboxConfig.Builder config) {
        this.sandbox = PlaidSandbox.start(config.clock(Clock.fixed(START, ZoneOffset.UTC)).build());
        this.http = new PlaidHttp(sandbox);
        this.control = sandbox.control();
    }

    static SandboxFixture start() {
        return start(builder -> { });
    }

    static SandboxFixture start(Consumer<SandboxConfig.Builder> tweak) {
        SandboxConfig.Builder builder = SandboxConfig.builder().clientId("test-client").secret("test-secret").seed(42)
                .transactionsPerAccount(60);
        tweak.accept(builder);
        return new SandboxFixture(builder);
    }

    ItemRecord item(String institutionId) {
        return control.createItem(institutionId);
    }

    /** One /transactions/sync call with the full view (original descriptions, PFC v2). */
    PlaidHttp.Reply sync(String accessToken, String cursor, int count, String accountId) {
        ObjectNode body = PlaidHttp.object().put("access_token", accessToken).put("count", count);
        if (cursor != null) {
            body.put("cursor", cursor);
        }
        ObjectNode options = body.putObject("options").put("include_original_description", true)
                .put("personal_finance_category_version", "v2");
        if (accountId != null) {
            options.put("account_id", accountId);
        }
        return http.call("/transactions/sync", body);
    }

    /** Pages from the cursor until has_more is false. */
    Loop loop(String accessToken, String cursor, int count, String accountId) {
        List<JsonNode> pages = new ArrayList<>();
        String next = cursor;
        boolean more = true;
        while (more) {
            JsonNode page = sync(accessToken, next, count, accountId).ok();
            pages.add(page);
            next = page.get("next_cursor").asText();
            more = page.get("has_more").asBoolean();
        }
        return new Loop(pages, cursor, next);
    }

    /** Applies sync pages to a client-side copy keyed by transaction id, as an adapter would. */
    static void apply(Map<String, TransactionRecord> copy, Loop loop) {
        loop.all("added").forEach(node -> copy.put(node.get("transaction_id").asText(), record(node)));
        loop.all("modified").forEach(node -> copy.put(node.get("transaction_id").asText(), record(node)));
        loop.all("removed").forEach(node -> copy.remove(node.get("transaction_id").asText()));
    }

    static Map<String, TransactionRecord> copyOf(Loop loop) {
        Map<String, TransactionRecord> copy = new LinkedHashMap<>();
        apply(copy, loop);
        return copy;
    }

    static TransactionRecord record(JsonNode node) {
        return Json.MAPPER.convertValue(node, TransactionRecord.class);
    }

    /** The ground truth of every account of the Item. */
    Map<String, TransactionRecord> truth(ItemRecord item) {
        Map<String, TransactionRecord> truth = new LinkedHashMap<>();
        item.accounts().forEach(account -> control.groundTruth(account.accountId())
                .forEach(row -> truth.put(row.transactionId(), row)));
        return truth;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
