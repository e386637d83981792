package org.banksync.sandbox.bridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.banksync.sandbox.bridge.data.Ids;
import org.banksync.sandbox.bridge.data.Transaction;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.PageRequest;
import org.banksync.sandbox.bridge.http.Pages;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.world.Account;
import org.banksync.sandbox.bridge.world.SandboxUser;
import org.banksync.sandbox.bridge.world.TransactionFilter;
import org.banksync.sandbox.bridge.world.World;

/**
 * GET /v3/aggregation/transactions: rows of the user's accounts (or of `account_id`) in id order,
 * filtered by since/until (updated_at) and min_date/max_date (date), paged with an `after` cursor
 * holding the last id served.
 */
final class TransactionsApi {

    private final World world;
    private final UserAuthenticator users;

    TransactionsApi(World world, UserAuthenticator users) {
        this.world = world;
        this.users = users;
    }

    void register(Router router) {
        router.add("GET", "/v3/aggregation/transactions", this::list)
                .add("GET", "/v3/aggregation/transactions/{id}", this::get);
    }

    private Response list(Request request) {
        SandboxUser user = users.authenticate(request);
        TransactionFilter filter = filter(request);
        PageRequest page = PageRequest.from(request);
        List<Account> accounts = request.param("account_id")
                .map(text -> List.of(AccountsApi.owned(world, user, Bodies.id("account_id", text))))
                .orElseGet(() -> world.accountsOf(user.uuid()));
        long after = page.after().orElse(-1L);
        long afterSeq = after < 0 ? -1 : Ids.accountSeqOfTransaction(after);
        List<JsonNode> rows = new ArrayList<>();
        long lastId = -1;
        boolean more = false;
        for (Account account : accounts) {
            long seq = account.blueprint().accountSeq();
            if (seq < afterSeq) {
                continue;
            }
            int from = seq == afterSeq ? Ids.rowOfTransaction(after) + 1 : 0;
            Iterator<Transaction> scan = account.ledger().scan(filter, from);
            while (scan.hasNext() && rows.size() < page.limit()) {
                Transaction row = scan.next();
                rows.add(Views.transaction(row));
                lastId = row.id();
            }
            if (rows.size() == page.limit()) {
                more = scan.hasNext() || hasRowsAfter(accounts, account, filter);
                break;
            }
        }
        return Response.ok(Pages.envelope(rows, more ? OptionalLong.of(lastId) : OptionalLong.empty(), request,
                page.limit()));
    }

    private Response get(Request request) {
        SandboxUser user = users.authenticate(request);
        long id = request.idVariable("id", "transaction");
        world.accountOfTransaction(id).filter(account -> account.userUuid().equals(user.uuid()))
                .orElseThrow(() -> ApiError.notFound("transaction"));
        return Response.ok(Views.transaction(world.transaction(id).orElseThrow(() -> ApiError.notFound("transaction"))));
    }

    private static boolean hasRowsAfter(List<Account> accounts, Account current, TransactionFilter filter) {
        return accounts.stream()
                .filter(account -> account.blueprint().accountSeq() > current.blueprint().accountSeq())
                .anyMatch(account -> account.ledger().scan(filter, 0).hasNext());
    }

    private static TransactionFilter filter(Request request) {
        return new TransactionFilter(
                request.param("since").map(text -> Bodies.instant("since", text)).orElse(null),
                request.param("until").map(text -> Bodies.instant("until", text)).orElse(null),
                request.param("min_date").map(text -> Bodies.date("min_date", text)).orElse(null),
                request.param("max_date").map(text -> Bodies.date("max_date", text)).orElse(null));
    }
}
