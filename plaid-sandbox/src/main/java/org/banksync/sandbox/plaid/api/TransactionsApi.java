package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.fault.RateLimiter;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.world.Change;
import org.banksync.sandbox.plaid.world.Cursor;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.SyncPage;
import org.banksync.sandbox.plaid.world.World;

/**
 * /transactions/sync: cursor ("" or absent = from the beginning, "now" = from here), count 1..500
 * (default 100), options (include_original_description, personal_finance_category_version,
 * account_id for a separate stream, days_requested when the product starts here).
 */
public final class TransactionsApi {

    static final int MAX_CURSOR_LENGTH = 256;

    private final World world;
    private final RateLimiter limits;

    public TransactionsApi(World world, RateLimiter limits) {
        this.world = world;
        this.limits = limits;
    }

    public void register(PlaidApi api) {
        api.add("/transactions/sync", Set.of("access_token", "cursor", "count", "options"), this::sync);
    }

    private ObjectNode sync(Body body) {
        String accessToken = body.requiredText("access_token");
        String cursorText = body.text("cursor").orElse("");
        int count = body.integer("count", 1, 500).orElse(100);
        Body options = body.object("options", Set.of("include_original_description", "personal_finance_category_version",
                "account_id", "days_requested", "include_personal_finance_category", "include_logo_and_counterparty_beta"))
                .orElse(null);
        boolean originalDescription = options != null && options.bool("include_original_description").orElse(false);
        String version = options == null ? null : options.text("personal_finance_category_version").orElse(null);
        if (version != null && !version.equals("v1") && !version.equals("v2")) {
            throw ApiError.invalidField("options.personal_finance_category_version must be v1 or v2");
        }
        String accountId = options == null ? null : options.text("account_id").orElse(null);
        Integer daysRequested = options == null ? null : options.integer("days_requested", 1, 730).orElse(null);
        if (options != null) {
            options.bool("include_personal_finance_category");
            options.bool("include_logo_and_counterparty_beta");
        }
        if (cursorText.length() > MAX_CURSOR_LENGTH) {
            throw invalidCursor();
        }

        Item item = world.item(accessToken);
        limits.check("/transactions/sync", item.itemId());
        world.healthyItem(accessToken);
        if (accountId != null && item.account(accountId).isEmpty()) {
            throw ApiError.invalidAccountId(accountId);
        }
        String filter = accountId == null ? "" : accountId;
        Cursor cursor = null;
        if (cursorText.equals("now")) {
            cursor = Cursor.settled(item.itemId(), filter, item.log().head());
        } else if (!cursorText.isEmpty()) {
            cursor = Cursor.decode(cursorText)
                    .filter(decoded -> decoded.itemId().equals(item.itemId()) && decoded.accountFilter().equals(filter))
                    .orElseThrow(TransactionsApi::invalidCursor);
        }
        World.SyncResult result = world.sync(item, accountId, cursor,
                count, daysRequested != null ? daysRequested : World.DEFAULT_DAYS_REQUESTED);

        Views.TransactionOptions view = new Views.TransactionOptions(originalDescription, "v2".equals(version));
        ObjectNode answer = Json.object();
        ArrayNode added = answer.putArray("added");
        ArrayNode modified = answer.putArray("modified");
        ArrayNode removed = answer.putArray("removed");
        List<Account> accounts = accountId == null ? item.accounts() : List.of(item.account(accountId).orElseThrow());
        answer.set("accounts", Views.accounts(item, accounts));
        if (result.notReady()) {
            answer.put("has_more", false);
            answer.put("next_cursor", "");
            answer.put("transactions_update_status", "NOT_READY");
            return answer;
        }
        SyncPage page = result.page();
        for (Change change : page.changes()) {
            switch (change.kind()) {
                case ADDED -> added.add(Views.transaction(change.transaction(), view));
                case MODIFIED -> modified.add(Views.transaction(change.transaction(), view));
                case REMOVED -> removed.addObject().put("account_id", change.accountId())
                        .put("transaction_id", change.transactionId());
            }
        }
        answer.put("has_more", page.hasMore());
        answer.put("next_cursor", page.next().encode());
        answer.put("transactions_update_status", "HISTORICAL_UPDATE_COMPLETE");
        return answer;
    }

    private static ApiError invalidCursor() {
        return ApiError.invalidField("cursor is invalid: use the next_cursor of an earlier response for this Item"
                + " and the same options.account_id, or \"\" to start over");
    }
}
