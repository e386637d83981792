package org.banksync.sandbox.bridge.connect;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.banksync.sandbox.bridge.data.Provider;
import org.banksync.sandbox.bridge.data.Providers;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;
import org.banksync.sandbox.bridge.webhook.AutomaticWebhooks;
import org.banksync.sandbox.bridge.world.ConnectSession;
import org.banksync.sandbox.bridge.world.Item;
import org.banksync.sandbox.bridge.world.World;

/**
 * Serves /connect/{session}: the bank list (skipped when the session names a provider or an item),
 * the login form, the OTP form, then applies the scenario to the world and redirects to the callback.
 * A session can be completed once.
 */
public final class ConnectPage {

    private final World world;
    private final AutomaticWebhooks webhooks;
    private final Set<String> completed = ConcurrentHashMap.newKeySet();
    private final Router router = new Router();

    public ConnectPage(World world, AutomaticWebhooks webhooks) {
        this.world = world;
        this.webhooks = webhooks;
        router.add("GET", "/connect/{session}", this::start)
                .add("GET", "/connect/{session}/providers/{provider}", this::chooseProvider)
                .add("POST", "/connect/{session}/login", this::login)
                .add("POST", "/connect/{session}/otp", this::otp);
    }

    public Response handle(Request request) {
        return router.route(request).orElseGet(() -> Response.html(404, ConnectHtml.problem("Page inconnue")));
    }

    public void reset() {
        completed.clear();
    }

    private Response start(Request request) {
        return withSession(request, session -> {
            Optional<Provider> preset = Optional.ofNullable(session.providerId()).flatMap(Providers::byId);
            if (preset.isPresent()) {
                return Response.html(200, ConnectHtml.login(session.id(), preset.get(), session.itemId() != null));
            }
            return Response.html(200, ConnectHtml.bankList(session.id(), Providers.all().stream()
                    .filter(provider -> provider.countryCode().equalsIgnoreCase(session.countryCode())).toList()));
        });
    }

    private Response chooseProvider(Request request) {
        return withSession(request, session -> provider(request.variable("provider"))
                .map(provider -> Response.html(200, ConnectHtml.login(session.id(), provider, session.itemId() != null)))
                .orElseGet(() -> Response.html(404, ConnectHtml.problem("Banque inconnue"))));
    }

    private Response login(Request request) {
        return withSession(request, session -> {
            Map<String, String> form = request.form();
            Optional<Provider> provider = provider(form.getOrDefault("provider_id", ""));
            if (provider.isEmpty()) {
                return Response.html(400, ConnectHtml.problem("Banque inconnue"));
            }
            String login = form.getOrDefault("login", "");
            Scenario scenario = Scenario.fromLogin(login);
            if (scenario.needsOtp()) {
                return Response.html(200, ConnectHtml.otp(session.id(), provider.get().id(), login));
            }
            return finish(session, provider.get(), scenario);
        });
    }

    private Response otp(Request request) {
        return withSession(request, session -> {
            Map<String, String> form = request.form();
            return provider(form.getOrDefault("provider_id", ""))
                    .map(provider -> finish(session, provider, Scenario.fromLogin(form.getOrDefault("login", ""))))
                    .orElseGet(() -> Response.html(400, ConnectHtml.problem("Banque inconnue")));
        });
    }

    private Response finish(ConnectSession session, Provider provider, Scenario scenario) {
        if (!completed.add(session.id())) {
            return Response.html(410, ConnectHtml.problem("Cette session de connexion est terminée"));
        }
        Item item;
        boolean newItem = session.itemId() == null;
        if (newItem) {
            item = world.connectItem(session.userUuid(), provider, session.accountTypes(), scenario.outcome());
        } else {
            Optional<Item> existing = world.item(session.itemId());
            if (existing.isEmpty()) {
                return Response.html(410, ConnectHtml.problem("Cette connexion bancaire n'existe plus"));
            }
            item = existing.get();
            world.reauthenticate(item, scenario.outcome(), session.accountTypes());
        }
        webhooks.itemConnected(item.catchUp(world.now()), newItem);
        boolean success = scenario.outcome().succeeded();
        if (session.callbackUrl() == null) {
            return Response.html(200, ConnectHtml.done(success));
        }
        return Response.redirect(new Callback(session.callbackUrl())
                .with("item_id", Long.toString(item.id()))
                .with("user_uuid", session.userUuid())
                .with("success", Boolean.toString(success))
                .with("step", success ? null : scenario.failedStep())
                .with("source", "connect")
                .with("context", session.context())
                .toString());
    }

    private Response withSession(Request request, Function<ConnectSession, Response> page) {
        String id = request.variable("session");
        if (completed.contains(id)) {
            return Response.html(410, ConnectHtml.problem("Cette session de connexion est terminée"));
        }
        return world.session(id).map(page)
                .orElseGet(() -> Response.html(404, ConnectHtml.problem("Session de connexion inconnue")));
    }

    private static Optional<Provider> provider(String id) {
        try {
            return Providers.byId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
