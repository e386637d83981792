package org.banksync.adapters.plaid.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.plaid.config.PlaidSettings;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.util.function.BiFunction;

/**
 * Every Plaid call Banksync makes, as a {@link PlaidCall} ready to be run by the retrying layer, its
 * body holding only the fields Banksync sets. Idempotency is decided here: reads are safe to repeat,
 * and so is a link token (a second one simply expires unused); exchanging a public token is not (it
 * works once).
 */
@ApplicationScoped
public class PlaidEndpoints {

    /** Plaid's largest /transactions/sync page: fewer pages, fewer mutations during pagination. */
    public static final int SYNC_COUNT = 500;

    private PlaidSettings settings;
    private RestClients clients;

    protected PlaidEndpoints() {
    }

    @Inject
    public PlaidEndpoints(PlaidSettings settings) {
        this.settings = settings;
        this.clients = new RestClients(settings);
    }

    public PlaidCall linkTokenCreate(LinkTokenSpec spec) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("client_name", settings.clientName())
                .add("language", settings.language())
                .add("country_codes", Json.createArrayBuilder(settings.countryCodes()))
                .add("user", Json.createObjectBuilder().add("client_user_id", spec.clientUserId()))
                .add("webhook", spec.webhook().toString())
                .add("hosted_link", Json.createObjectBuilder()
                        .add("completion_redirect_uri", spec.completionRedirectUri().toString())
                        .add("url_lifetime_seconds", LinkTokenSpec.URL_LIFETIME_SECONDS));
        if (spec.updateMode()) {
            body.add("access_token", spec.updateOf().value());
        } else {
            body.add("products", Json.createArrayBuilder().add("transactions"))
                    .add("transactions", Json.createObjectBuilder().add("days_requested", settings.daysRequested()));
        }
        String item = spec.updateMode() ? spec.updateOf().itemId() : null;
        return call(Endpoint.LINK_TOKEN_CREATE, item, true, spec.updateMode() ? " (update mode, item " + item + ")" : "",
                body.build(), PlaidApi::linkTokenCreate);
    }

    public PlaidCall linkTokenGet(String linkToken) {
        return call(Endpoint.LINK_TOKEN_GET, null, true, "", Json.createObjectBuilder().add("link_token", linkToken).build(),
                PlaidApi::linkTokenGet);
    }

    public PlaidCall exchangePublicToken(String publicToken) {
        return call(Endpoint.PUBLIC_TOKEN_EXCHANGE, null, false, "",
                Json.createObjectBuilder().add("public_token", publicToken).build(), PlaidApi::publicTokenExchange);
    }

    public PlaidCall itemGet(AccessToken token) {
        return call(Endpoint.ITEM_GET, token.itemId(), true, " (item " + token.itemId() + ")", withToken(token).build(),
                PlaidApi::itemGet);
    }

    public PlaidCall accountsGet(AccessToken token) {
        return call(Endpoint.ACCOUNTS_GET, token.itemId(), true, " (item " + token.itemId() + ")", withToken(token).build(),
                PlaidApi::accountsGet);
    }

    public PlaidCall authGet(AccessToken token) {
        return call(Endpoint.AUTH_GET, token.itemId(), true, " (item " + token.itemId() + ")", withToken(token).build(),
                PlaidApi::authGet);
    }

    /** One page of an account's own cursor stream; an empty cursor (the beginning) is left out. */
    public PlaidCall transactionsSync(AccessToken token, String accountId, String cursor) {
        JsonObjectBuilder body = withToken(token).add("count", SYNC_COUNT).add("options", Json.createObjectBuilder()
                .add("account_id", accountId)
                .add("include_original_description", true)
                .add("personal_finance_category_version", "v2"));
        if (cursor != null && !cursor.isEmpty()) {
            body.add("cursor", cursor);
        }
        return call(Endpoint.TRANSACTIONS_SYNC, token.itemId(), true, " (account " + accountId + ")", body.build(),
                PlaidApi::transactionsSync);
    }

    public PlaidCall webhookVerificationKey(String keyId) {
        return call(Endpoint.WEBHOOK_VERIFICATION_KEY_GET, null, true, " (key " + keyId + ")",
                Json.createObjectBuilder().add("key_id", keyId).build(), PlaidApi::webhookVerificationKeyGet);
    }

    private static JsonObjectBuilder withToken(AccessToken token) {
        return Json.createObjectBuilder().add("access_token", token.value());
    }

    /** Every call; without credentials none is sent, since Plaid would only refuse it. */
    private PlaidCall call(Endpoint endpoint, String itemId, boolean idempotent, String detail, JsonObject body,
                           BiFunction<PlaidApi, String, Response> method) {
        if (!settings.hasCredentials()) {
            throw new AggregatorFailure(AggregatorFailure.Kind.MISCONFIGURED, "Plaid is not configured: an "
                    + "administrator must set PLAID_CLIENT_ID and PLAID_SECRET (or run Banksync in demo mode).");
        }
        String json = body.toString();
        return new PlaidCall(endpoint, itemId, idempotent, "POST " + endpoint.path() + detail,
                () -> method.apply(clients.api(), json));
    }

    @PreDestroy
    public void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
