package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.fault.RateLimiter;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.World;

/** /accounts/get and /auth/get (which bills the auth product on first use). */
public final class AccountsApi {

    private final World world;
    private final RateLimiter limits;

    public AccountsApi(World world, RateLimiter limits) {
        this.world = world;
        this.limits = limits;
    }

    public void register(PlaidApi api) {
        api.add("/accounts/get", Set.of("access_token", "options"), body -> accounts(body, "/accounts/get"))
                .add("/auth/get", Set.of("access_token", "options"), body -> accounts(body, "/auth/get"));
    }

    private ObjectNode accounts(Body body, String path) {
        String accessToken = body.requiredText("access_token");
        Optional<List<String>> ids = body.object("options", Set.of("account_ids"))
                .flatMap(options -> options.strings("account_ids"));
        Item item = world.item(accessToken);
        limits.check(path, item.itemId());
        world.healthyItem(accessToken);
        List<Account> accounts = item.accounts();
        if (ids.isPresent()) {
            for (String id : ids.get()) {
                if (item.account(id).isEmpty()) {
                    throw ApiError.invalidAccountId(id);
                }
            }
            accounts = accounts.stream().filter(account -> ids.get().contains(account.accountId())).toList();
        }
        ObjectNode answer = Json.object();
        answer.set("accounts", Views.accounts(item, accounts));
        if (path.equals("/auth/get")) {
            item.bill("auth");
            answer.set("numbers", Views.numbers(accounts));
        }
        answer.set("item", Views.item(item));
        return answer;
    }
}
