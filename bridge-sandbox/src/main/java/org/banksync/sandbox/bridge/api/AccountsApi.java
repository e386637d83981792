package org.banksync.sandbox.bridge.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Pages;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.world.Account;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.SandboxUser;
import org.banksync.sandbox.bridge.world.World;

/** The user's accounts, optionally of one item (`item_id`; another user's item is a 404). */
final class AccountsApi {

    private final World world;
    private final UserAuthenticator users;

    AccountsApi(World world, UserAuthenticator users) {
        this.world = world;
        this.users = users;
    }

    void register(Router router) {
        router.add("GET", "/v3/aggregation/accounts", this::list)
                .add("GET", "/v3/aggregation/accounts/{id}", this::get);
    }

    private Response list(Request request) {
        SandboxUser user = users.authenticate(request);
        List<Account> accounts = request.param("item_id")
                .map(text -> {
                    long itemId = Bodies.id("item_id", text);
                    world.item(itemId).filter(item -> item.userUuid().equals(user.uuid()))
                            .orElseThrow(() -> ApiError.notFound("item"));
                    return world.accountsOfItem(itemId);
                })
                .orElseGet(() -> world.accountsOf(user.uuid()));
        return Response.ok(Pages.of(accounts, Account::id, request, this::view));
    }

    private Response get(Request request) {
        SandboxUser user = users.authenticate(request);
        return Response.ok(view(owned(world, user, request.idVariable("id", "account"))));
    }

    static Account owned(World world, SandboxUser user, long accountId) {
        return world.account(accountId).filter(account -> account.userUuid().equals(user.uuid()))
                .orElseThrow(() -> ApiError.notFound("account"));
    }

    private ObjectNode view(Account account) {
        ItemView item = world.item(account.itemId()).orElseThrow(() -> ApiError.notFound("item")).catchUp(world.now());
        return Views.account(account, item);
    }
}
