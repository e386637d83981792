package org.banksync.sandbox.bridge.api;

import java.util.function.Consumer;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.World;

/** Bridge's API surface: app headers checked on every call, then routed to the endpoint. */
public final class BridgeApi {

    /** What the API tells the rest of the sandbox (the webhooks) when something is deleted. */
    public record Listeners(Consumer<String> userDeleted, Consumer<ItemView> itemDeleted) {
    }

    private final AppCredentials credentials;
    private final Router router = new Router();

    public BridgeApi(World world, AppCredentials credentials, UserAuthenticator users, Views views, String baseUrl,
                     boolean requireUserEmail, Listeners listeners) {
        this.credentials = credentials;
        new UsersApi(world, listeners.userDeleted()).register(router);
        new ConnectSessionsApi(world, users, baseUrl, requireUserEmail).register(router);
        new ItemsApi(world, users, listeners.itemDeleted()).register(router);
        new AccountsApi(world, users).register(router);
        new TransactionsApi(world, users).register(router);
        new ReferenceApi(views).register(router);
    }

    public Response handle(Request request) {
        credentials.check(request);
        return router.route(request).orElseThrow(() -> ApiError.notFound("resource " + request.path()));
    }
}
