package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of {@code /transactions/sync}: rows added and modified (those that could be read), ids
 * removed, rows refused with why, and where the stream goes on.
 */
public record SyncPage(List<PlaidTransaction> added, List<PlaidTransaction> modified, List<String> removed,
                       List<String> rejected, String nextCursor, boolean hasMore) {

    private static final String WHAT = "the transactions";

    public SyncPage {
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        removed = List.copyOf(removed);
        rejected = List.copyOf(rejected);
    }

    public static SyncPage parse(String body) {
        JsonObject page = WireJson.object(body, WHAT);
        List<String> rejected = new ArrayList<>();
        List<PlaidTransaction> added = rows(page, "added", rejected);
        List<PlaidTransaction> modified = rows(page, "modified", rejected);
        List<String> removed = new ArrayList<>();
        for (JsonValue value : WireJson.requiredArray(page, "removed", WHAT)) {
            String id = value instanceof JsonObject object ? WireJson.raw(object, "transaction_id")
                    : value instanceof JsonString string ? string.getString() : null;
            if (id != null && !id.isBlank()) {
                removed.add(id);
            }
        }
        if (!WireJson.present(page, "next_cursor")) {
            throw WireJson.unreadable(WHAT, "no next_cursor");
        }
        if (!WireJson.present(page, "has_more")) {
            throw WireJson.unreadable(WHAT, "no has_more");
        }
        return new SyncPage(added, modified, removed, rejected, WireJson.raw(page, "next_cursor"),
                WireJson.flag(page, "has_more"));
    }

    private static List<PlaidTransaction> rows(JsonObject page, String field, List<String> rejected) {
        List<PlaidTransaction> rows = new ArrayList<>();
        for (JsonValue value : WireJson.requiredArray(page, field, WHAT)) {
            if (!(value instanceof JsonObject row)) {
                rejected.add("a row of '" + field + "' is not an object");
                continue;
            }
            try {
                rows.add(PlaidTransaction.from(row));
            } catch (IllegalArgumentException e) {
                rejected.add("transaction " + (row.containsKey("transaction_id") ? row.get("transaction_id") : "without id")
                        + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** Nothing was added, modified or removed. */
    public boolean isEmpty() {
        return added.isEmpty() && modified.isEmpty() && removed.isEmpty() && rejected.isEmpty();
    }
}
