package org.banksync.sandbox.bridge.api;

import java.util.function.Consumer;
import org.banksync.sandbox.bridge.data.Language;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Pages;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.world.Item;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.SandboxUser;
import org.banksync.sandbox.bridge.world.World;

/** The user's items: list, read (refreshes due on the sandbox clock are played first) and delete. */
final class ItemsApi {

    private final World world;
    private final UserAuthenticator users;
    private final Consumer<ItemView> onItemDeleted;

    ItemsApi(World world, UserAuthenticator users, Consumer<ItemView> onItemDeleted) {
        this.world = world;
        this.users = users;
        this.onItemDeleted = onItemDeleted;
    }

    void register(Router router) {
        router.add("GET", "/v3/aggregation/items", this::list)
                .add("GET", "/v3/aggregation/items/{id}", this::get)
                .add("DELETE", "/v3/aggregation/items/{id}", this::delete);
    }

    private Response list(Request request) {
        SandboxUser user = users.authenticate(request);
        Language language = language(request);
        var views = world.itemsOf(user.uuid()).stream().map(item -> item.catchUp(world.now())).toList();
        return Response.ok(Pages.of(views, ItemView::id, request, view -> Views.item(view, language)));
    }

    private Response get(Request request) {
        SandboxUser user = users.authenticate(request);
        return Response.ok(Views.item(owned(world, user, request).catchUp(world.now()), language(request)));
    }

    private Response delete(Request request) {
        SandboxUser user = users.authenticate(request);
        Item item = owned(world, user, request);
        ItemView last = item.catchUp(world.now());
        world.deleteItem(item.id());
        onItemDeleted.accept(last);
        return Response.noContent();
    }

    static Item owned(World world, SandboxUser user, Request request) {
        long id = request.idVariable("id", "item");
        return world.item(id).filter(item -> item.userUuid().equals(user.uuid()))
                .orElseThrow(() -> ApiError.notFound("item"));
    }

    static Language language(Request request) {
        return Language.fromAcceptLanguage(request.header("Accept-Language").orElse(null));
    }
}
