package org.banksync.sandbox.plaid.connect;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.banksync.sandbox.plaid.data.Ids;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.data.Institutions;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Request;
import org.banksync.sandbox.plaid.http.Response;
import org.banksync.sandbox.plaid.http.Router;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.LinkSession;
import org.banksync.sandbox.plaid.world.LinkToken;
import org.banksync.sandbox.plaid.world.World;

/**
 * Serves /hosted-link/{session}, the stand-in for Plaid's Hosted Link: the bank list (skipped in update
 * mode), the login form, the Exit button. Finishing records the Link session for /link/token/get, sends
 * LINK/SESSION_FINISHED and redirects to completion_redirect_uri as given (success and exit alike, no
 * token in the URL). A session ends once.
 */
public final class HostedLinkPage {

    private final World world;
    private final Supplier<URI> defaultWebhook;
    private final Router router = new Router();

    public HostedLinkPage(World world, Supplier<URI> defaultWebhook) {
        this.world = world;
        this.defaultWebhook = defaultWebhook;
        router.add("GET", "/hosted-link/{session}", this::start)
                .add("GET", "/hosted-link/{session}/institutions/{institution}", this::chooseInstitution)
                .add("POST", "/hosted-link/{session}/login", this::login)
                .add("POST", "/hosted-link/{session}/exit", this::exit);
    }

    public Response handle(Request request) {
        return router.find(request).map(Router.Match::run)
                .orElseGet(() -> Response.html(404, HostedLinkHtml.problem("Unknown page")));
    }

    private Response start(Request request) {
        return withSession(request, token -> {
            if (token.spec().updateMode()) {
                Optional<Item> item = world.itemById(token.spec().updateItemId());
                if (item.isEmpty()) {
                    return Response.html(410, HostedLinkHtml.problem("This Item no longer exists"));
                }
                return Response.html(200, HostedLinkHtml.login(token.hostedSessionId(), item.get().institution(), true,
                        null));
            }
            return Response.html(200, HostedLinkHtml.institutions(token.hostedSessionId(), token.spec().clientName(),
                    Institutions.forCountries(token.spec().countryCodes())));
        });
    }

    private Response chooseInstitution(Request request) {
        return withSession(request, token -> Institutions.byId(request.variable("institution"))
                .map(institution -> {
                    ApiError error = institution.down() ? ApiError.institutionDown() : null;
                    if (error != null) {
                        token.showError(error);
                    }
                    return Response.html(200, HostedLinkHtml.login(token.hostedSessionId(), institution, false, error));
                })
                .orElseGet(() -> Response.html(404, HostedLinkHtml.problem("Unknown institution"))));
    }

    private Response login(Request request) {
        return withSession(request, token -> {
            Map<String, String> form = request.form();
            Optional<Institution> institution = token.spec().updateMode()
                    ? world.itemById(token.spec().updateItemId()).map(Item::institution)
                    : Institutions.byId(form.getOrDefault("institution_id", ""));
            if (institution.isEmpty()) {
                return Response.html(400, HostedLinkHtml.problem("Unknown institution"));
            }
            Optional<ApiError> failure = Scenario.check(institution.get(), form.get("username"), form.get("password"));
            if (failure.isPresent()) {
                token.showError(failure.get());
                return Response.html(200, HostedLinkHtml.login(token.hostedSessionId(), institution.get(),
                        token.spec().updateMode(), failure.get()));
            }
            return token.spec().updateMode() ? repaired(token) : connected(token, institution.get());
        });
    }

    private Response connected(LinkToken token, Institution institution) {
        String webhook = token.spec().webhook() != null ? token.spec().webhook()
                : defaultWebhook.get() == null ? null : defaultWebhook.get().toString();
        Item item = world.createItem(institution, webhook, token.spec().products(), token.spec().daysRequested());
        String publicToken = world.issuePublicToken(item);
        LinkSession session = new LinkSession(token.linkSessionId(), token.startedAt(), world.now(), true, publicToken,
                item.itemId(), institution, item.accounts(), null, null);
        return finish(token, session);
    }

    private Response repaired(LinkToken token) {
        Optional<Item> item = world.itemById(token.spec().updateItemId());
        if (item.isEmpty()) {
            return Response.html(410, HostedLinkHtml.problem("This Item no longer exists"));
        }
        world.repairThroughLink(item.get());
        LinkSession session = new LinkSession(token.linkSessionId(), token.startedAt(), world.now(), true, null,
                item.get().itemId(), item.get().institution(), null, null, null);
        return finish(token, session);
    }

    private Response exit(Request request) {
        return withSession(request, token -> {
            Map<String, String> form = request.form();
            Institution institution = Institutions.byId(form.getOrDefault("institution_id", "")).orElse(null);
            String status = form.getOrDefault("status", "institution_not_found");
            LinkSession session = new LinkSession(token.linkSessionId(), token.startedAt(), world.now(), false, null,
                    null, institution, null, token.lastError(), status);
            return finish(token, session);
        });
    }

    private Response finish(LinkToken token, LinkSession session) {
        if (!world.finishLinkSession(token, session)) {
            return Response.html(410, HostedLinkHtml.problem("This Link session has ended"));
        }
        String redirect = token.spec().completionRedirectUri();
        return redirect == null ? Response.html(200, HostedLinkHtml.done(session.success())) : Response.redirect(redirect);
    }

    private Response withSession(Request request, Function<LinkToken, Response> page) {
        Optional<LinkToken> found = world.hostedSession(request.variable("session"));
        if (found.isEmpty()) {
            return Response.html(404, HostedLinkHtml.problem("Unknown Link session"));
        }
        LinkToken token = found.get();
        if (token.finished()) {
            return Response.html(410, HostedLinkHtml.problem("This Link session has ended"));
        }
        if (!world.now().isBefore(token.hostedUrlExpiration())) {
            return Response.html(410, HostedLinkHtml.problem("This Link URL has expired"));
        }
        token.begin(world.now(), Ids.random());
        return page.apply(token);
    }
}
