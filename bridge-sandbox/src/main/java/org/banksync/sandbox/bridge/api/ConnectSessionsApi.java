package org.banksync.sandbox.bridge.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.banksync.sandbox.bridge.data.Providers;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.world.ConnectSession;
import org.banksync.sandbox.bridge.world.Item;
import org.banksync.sandbox.bridge.world.SandboxUser;
import org.banksync.sandbox.bridge.world.World;

/** POST /v3/aggregation/connect-sessions: validates the body and answers the hosted page's url. */
final class ConnectSessionsApi {

    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Set<String> ACCOUNT_TYPES = Set.of("payment", "all");

    private final World world;
    private final UserAuthenticator users;
    private final String baseUrl;
    private final boolean requireUserEmail;

    ConnectSessionsApi(World world, UserAuthenticator users, String baseUrl, boolean requireUserEmail) {
        this.world = world;
        this.users = users;
        this.baseUrl = baseUrl;
        this.requireUserEmail = requireUserEmail;
    }

    void register(Router router) {
        router.add("POST", "/v3/aggregation/connect-sessions", this::create);
    }

    private Response create(Request request) {
        SandboxUser user = users.authenticate(request);
        ObjectNode body = request.jsonObject();
        String callbackUrl = Bodies.text(body, "callback_url").map(ConnectSessionsApi::checkCallback).orElse(null);
        String context = Bodies.text(body, "context").map(ConnectSessionsApi::checkContext).orElse(null);
        String email = Bodies.text(body, "user_email").orElse(null);
        if ((email == null && requireUserEmail) || (email != null && !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw ApiError.invalid("user_email", "user_email must be a valid e-mail address");
        }
        String country = Bodies.text(body, "country_code").map(ConnectSessionsApi::checkCountry).orElse("FR");
        Long providerId = Bodies.id(body, "provider_id").orElse(null);
        if (providerId != null && Providers.byId(providerId).isEmpty()) {
            throw ApiError.invalid("provider_id", "unknown provider_id " + providerId);
        }
        Long itemId = Bodies.id(body, "item_id").orElse(null);
        if (itemId != null) {
            Item item = world.item(itemId).filter(found -> found.userUuid().equals(user.uuid()))
                    .orElseThrow(() -> ApiError.notFound("item"));
            providerId = item.providerId();
        }
        boolean force = Bodies.flag(body, "force_reauthentication");
        if (force && itemId == null) {
            throw ApiError.invalid("force_reauthentication", "force_reauthentication needs an item_id");
        }
        String accountTypes = Bodies.text(body, "account_types").orElse("payment");
        if (!ACCOUNT_TYPES.contains(accountTypes)) {
            throw ApiError.invalid("account_types", "account_types must be payment or all");
        }
        ConnectSession session = new ConnectSession(world.newSessionId(), user.uuid(), callbackUrl, context, email,
                country.toUpperCase(Locale.ROOT), providerId, itemId, force, accountTypes, world.now());
        world.saveSession(session);
        return Response.json(201, Json.object().put("id", session.id()).put("url", baseUrl + "/connect/" + session.id()));
    }

    private static String checkCallback(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // falls through to the error below
        }
        throw ApiError.invalid("callback_url", "callback_url must be an absolute http(s) URL");
    }

    private static String checkContext(String context) {
        if (!CONTEXT.matcher(context).matches()) {
            throw ApiError.invalid("context", "context must be at most 100 characters among A-Z, a-z, 0-9 and -");
        }
        return context;
    }

    private static String checkCountry(String country) {
        if (!COUNTRY.matcher(country).matches()) {
            throw ApiError.invalid("country_code", "country_code must be two letters");
        }
        return country;
    }
}
