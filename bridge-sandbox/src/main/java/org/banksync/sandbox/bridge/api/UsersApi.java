package org.banksync.sandbox.bridge.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.http.Pages;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.world.AccessToken;
import org.banksync.sandbox.bridge.world.SandboxUser;
import org.banksync.sandbox.bridge.world.World;

/** Users and their access tokens: /v3/aggregation/users and /v3/aggregation/authorization/token. */
final class UsersApi {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[a-zA-Z0-9_-]{1,128}");

    private final World world;
    private final Consumer<String> onUserDeleted;

    UsersApi(World world, Consumer<String> onUserDeleted) {
        this.world = world;
        this.onUserDeleted = onUserDeleted;
    }

    void register(Router router) {
        router.add("POST", "/v3/aggregation/users", this::create)
                .add("GET", "/v3/aggregation/users", this::list)
                .add("GET", "/v3/aggregation/users/{uuid}", request -> Response.ok(Views.user(find(request))))
                .add("DELETE", "/v3/aggregation/users/{uuid}", this::delete)
                .add("POST", "/v3/aggregation/authorization/token", this::token);
    }

    private Response create(Request request) {
        Optional<String> externalId = Bodies.text(request.jsonObject(), "external_user_id");
        externalId.ifPresent(id -> {
            if (!EXTERNAL_ID.matcher(id).matches()) {
                throw ApiError.invalid("external_user_id", "external_user_id must match [a-zA-Z0-9-_]{1,128}");
            }
            if (world.userByExternalId(id).isPresent()) {
                throw new ApiError(409, "conflict", "external_user_id", "a user with this external_user_id exists");
            }
        });
        return Response.json(201, Views.user(world.createUser(externalId.orElse(null))));
    }

    private Response list(Request request) {
        return Response.ok(Pages.of(world.users(), SandboxUser::seq, request, Views::user));
    }

    private Response delete(Request request) {
        SandboxUser user = find(request);
        world.deleteUser(user.uuid());
        onUserDeleted.accept(user.uuid());
        return Response.noContent();
    }

    private Response token(Request request) {
        ObjectNode body = request.jsonObject();
        Optional<String> uuid = Bodies.text(body, "user_uuid");
        Optional<String> externalId = Bodies.text(body, "external_user_id");
        if (uuid.isEmpty() && externalId.isEmpty()) {
            throw ApiError.invalid("user_uuid", "user_uuid or external_user_id is required");
        }
        SandboxUser user = (uuid.isPresent() ? world.user(uuid.get()) : world.userByExternalId(externalId.get()))
                .orElseThrow(() -> ApiError.notFound("user"));
        AccessToken token = world.issueToken(user);
        ObjectNode response = Json.object()
                .put("access_token", token.value())
                .put("expires_at", Json.timestamp(token.expiresAt()));
        response.set("user", Views.user(user));
        return Response.ok(response);
    }

    private SandboxUser find(Request request) {
        return world.user(request.variable("uuid")).orElseThrow(() -> ApiError.notFound("user"));
    }
}
