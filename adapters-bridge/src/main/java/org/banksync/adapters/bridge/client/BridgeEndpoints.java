package org.banksync.adapters.bridge.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.bridge.client.BridgeCall.Quota;
import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Every Bridge call Banksync makes, as a {@link BridgeCall} ready to be run by the retrying layer.
 * Idempotency is decided here, per call: GETs and token requests are safe to repeat; so is user
 * creation, because its {@code external_user_id} makes a repeat answer 409 instead of a second user;
 * a connect session is not (a repeat opens a second session).
 */
@ApplicationScoped
public class BridgeEndpoints {

    private static final int PAGE = 500;

    private RestClients clients;
    private boolean configured;

    protected BridgeEndpoints() {
    }

    @Inject
    public BridgeEndpoints(BridgeSettings settings) {
        this.clients = new RestClients(settings);
        this.configured = settings.hasCredentials();
    }

    public BridgeCall createUser(String externalUserId) {
        return call("POST /v3/aggregation/users", true, Quota.APP, null,
                () -> clients.users().createUser(new CreateUserBody(externalUserId)));
    }

    public BridgeCall tokenForUser(String userUuid) {
        return call("POST /v3/aggregation/authorization/token", true, Quota.TOKEN, userUuid,
                () -> clients.users().token(TokenBody.forUser(userUuid)));
    }

    public BridgeCall tokenForExternalId(String externalUserId) {
        return call("POST /v3/aggregation/authorization/token", true, Quota.TOKEN, externalUserId,
                () -> clients.users().token(TokenBody.forExternalId(externalUserId)));
    }

    public BridgeCall createConnectSession(Bearer bearer, ConnectSessionBody body) {
        return call("POST /v3/aggregation/connect-sessions", false, Quota.USER, bearer.userRef(),
                () -> clients.aggregation().createConnectSession(bearer.header(), body));
    }

    public BridgeCall item(Bearer bearer, long itemId, String language) {
        return call("GET /v3/aggregation/items/" + itemId, true, Quota.USER, bearer.userRef(),
                () -> clients.aggregation().item(bearer.header(), language, itemId));
    }

    public BridgeCall accounts(Bearer bearer, long itemId) {
        return call("GET /v3/aggregation/accounts?item_id=" + itemId, true, Quota.USER, bearer.userRef(),
                () -> clients.aggregation().accounts(bearer.header(), itemId, PAGE));
    }

    public BridgeCall transactions(Bearer bearer, TransactionQuery query) {
        String since = query.since() == null ? null : query.since().toString();
        String minDate = query.minDate() == null ? null : query.minDate().toString();
        return call("GET /v3/aggregation/transactions?account_id=" + query.accountId(), true, Quota.USER,
                bearer.userRef(), () -> clients.aggregation().transactions(bearer.header(), query.accountId(), since,
                        minDate, query.limit(), null));
    }

    public BridgeCall categories(String language) {
        return call("GET /v3/aggregation/categories (" + language + ")", true, Quota.APP, null,
                () -> clients.reference().categories(language, PAGE));
    }

    public BridgeCall providers(String countryCode) {
        return call("GET /v3/providers", true, Quota.APP, null,
                () -> clients.reference().providers(countryCode, PAGE));
    }

    /** The page at a list's {@code next_uri}; {@code bearer} is null for application-level lists. */
    public BridgeCall next(Bearer bearer, String nextUri) {
        URI resolved = clients.resolve(nextUri);
        return call("GET " + resolved.getRawPath() + " (next page)", true,
                bearer == null ? Quota.APP : Quota.USER, bearer == null ? null : bearer.userRef(),
                () -> clients.follow(resolved, bearer == null ? null : bearer.header()));
    }

    /** Every call; without credentials none is sent, since Bridge would only refuse it. */
    private BridgeCall call(String description, boolean idempotent, Quota quota, String subject,
                            Supplier<Response> send) {
        if (!configured) {
            throw new AggregatorFailure(AggregatorFailure.Kind.MISCONFIGURED, "Bridge is not configured: an "
                    + "administrator must set BRIDGE_CLIENT_ID and BRIDGE_CLIENT_SECRET (or run Banksync in demo mode).");
        }
        return new BridgeCall(description, idempotent, quota, subject, send);
    }

    @PreDestroy
    void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
