package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** One page of transactions: the rows read, the rows refused with why, and where the next page is. */
public record TransactionsPage(List<BridgeTransaction> rows, List<String> rejected, String nextUri) {

    public TransactionsPage {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }

    public static TransactionsPage parse(String body, String what) {
        ResourcePage page = ResourcePage.parse(body, what);
        List<BridgeTransaction> rows = new ArrayList<>(page.resources().size());
        List<String> rejected = new ArrayList<>();
        for (JsonObject resource : page.resources()) {
            try {
                rows.add(BridgeTransaction.from(resource));
            } catch (IllegalArgumentException e) {
                rejected.add("transaction " + (resource.containsKey("id") ? resource.get("id") : "without id")
                        + ": " + e.getMessage());
            }
        }
        return new TransactionsPage(rows, rejected, page.nextUri());
    }
}
