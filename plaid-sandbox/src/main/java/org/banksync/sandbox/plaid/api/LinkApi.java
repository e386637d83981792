package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Json;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.LinkSession;
import org.banksync.sandbox.plaid.world.LinkToken;
import org.banksync.sandbox.plaid.world.World;

/** /link/token/create, /link/token/get and /item/public_token/exchange. */
public final class LinkApi {

    static final Set<String> LANGUAGES = Set.of("da", "nl", "en", "et", "fr", "de", "hi", "it", "ja", "lv", "lt", "no",
            "pl", "pt", "ro", "es", "sv", "vi");
    static final Set<String> PRODUCTS = Set.of("assets", "auth", "balance", "employment", "identity", "identity_verification",
            "income_verification", "investments", "liabilities", "payment_initiation", "signal", "statements",
            "transactions", "transfer");
    private static final int MAX_URL_LIFETIME = 21 * 24 * 3600;
    private static final int DEFAULT_URL_LIFETIME = 1800;

    private final World world;
    private final String baseUrl;
    private final Supplier<URI> defaultWebhook;

    public LinkApi(World world, String baseUrl, Supplier<URI> defaultWebhook) {
        this.world = world;
        this.baseUrl = baseUrl;
        this.defaultWebhook = defaultWebhook;
    }

    public void register(PlaidApi api) {
        api.add("/link/token/create", Set.of("client_name", "language", "country_codes", "user", "products",
                        "optional_products", "required_if_supported_products", "additional_consented_products", "webhook",
                        "access_token", "redirect_uri", "android_package_name", "link_customization_name",
                        "account_filters", "institution_id", "hosted_link", "transactions", "update"), this::create)
                .add("/link/token/get", Set.of("link_token"), this::get)
                .add("/item/public_token/exchange", Set.of("public_token"), this::exchange);
    }

    private ObjectNode create(Body body) {
        List<String> required = new ArrayList<>(List.of("client_name", "language", "country_codes", "user"));
        if (!body.present("access_token")) {
            required.add("products");
        }
        body.require(required.toArray(String[]::new));
        String clientName = body.text("client_name").orElseThrow();
        if (clientName.isEmpty() || clientName.length() > 30) {
            throw ApiError.invalidField("client_name must be 1 to 30 characters");
        }
        String language = body.text("language").orElseThrow();
        if (!LANGUAGES.contains(language)) {
            throw ApiError.invalidField("language must be one of " + String.join(", ", LANGUAGES.stream().sorted().toList()));
        }
        List<String> countries = body.strings("country_codes").orElseThrow();
        if (countries.isEmpty() || !Institution.ALL_COUNTRIES.containsAll(countries)) {
            throw ApiError.invalidField("country_codes must be a non-empty list of " + String.join(" ", Institution.ALL_COUNTRIES));
        }
        Body user = body.object("user", Set.of("client_user_id", "legal_name", "name", "phone_number",
                "phone_number_verified_time", "email_address", "email_address_verified_time", "date_of_birth", "address",
                "id_number")).orElseThrow();
        user.require("client_user_id");
        String clientUserId = user.text("client_user_id").orElseThrow();
        String accessToken = body.text("access_token").orElse(null);
        Item updated = accessToken == null ? null : world.item(accessToken);
        List<String> products = body.strings("products").orElse(List.of());
        if (updated == null && products.isEmpty()) {
            throw ApiError.invalidField("products must name at least one product");
        }
        for (String product : products) {
            if (!PRODUCTS.contains(product)) {
                throw ApiError.invalidField("products contains an unknown product: " + product);
            }
        }
        body.strings("optional_products");
        body.strings("required_if_supported_products");
        body.strings("additional_consented_products");
        String webhook = body.text("webhook").map(LinkApi::checkUrl).orElse(null);
        String redirectUri = body.text("redirect_uri").map(LinkApi::checkUrl).orElse(null);
        int daysRequested = body.object("transactions", Set.of("days_requested"))
                .flatMap(transactions -> transactions.integer("days_requested", 1, 730))
                .orElse(updated != null ? updated.daysRequested() : World.DEFAULT_DAYS_REQUESTED);
        Body hosted = body.object("hosted_link", Set.of("completion_redirect_uri", "url_lifetime_seconds",
                "delivery_method", "is_mobile_app")).orElse(null);
        String completion = hosted == null ? null : hosted.text("completion_redirect_uri").map(LinkApi::checkUrl).orElse(null);
        int lifetime = hosted == null ? DEFAULT_URL_LIFETIME
                : hosted.integer("url_lifetime_seconds", 1, MAX_URL_LIFETIME).orElse(DEFAULT_URL_LIFETIME);
        if (hosted != null) {
            hosted.bool("is_mobile_app");
        }
        body.object("update", Set.of("account_selection_enabled", "user", "item_ids", "reauthorization_enabled"));
        String tokenWebhook = webhook != null ? webhook : updated != null ? updated.webhook() : null;
        LinkToken.Spec spec = new LinkToken.Spec(clientName, language, countries, clientUserId,
                updated != null && products.isEmpty() ? updated.products() : products, tokenWebhook, redirectUri,
                updated == null ? null : updated.itemId(), hosted != null, completion, lifetime, daysRequested);
        LinkToken token = world.createLinkToken(spec, hosted != null);
        ObjectNode answer = Json.object().put("expiration", Json.timestamp(token.expiration()))
                .put("link_token", token.token());
        if (hosted != null) {
            answer.put("hosted_link_url", baseUrl + "/hosted-link/" + token.hostedSessionId());
        }
        return answer;
    }

    private ObjectNode get(Body body) {
        LinkToken token = world.linkToken(body.requiredText("link_token")).orElseThrow(ApiError::invalidLinkToken);
        LinkToken.Spec spec = token.spec();
        ObjectNode answer = Json.object();
        answer.put("created_at", Json.timestamp(token.createdAt()));
        answer.put("expiration", Json.timestamp(token.expiration()));
        answer.put("link_token", token.token());
        ArrayNode sessions = answer.putArray("link_sessions");
        token.sessions().forEach(session -> sessions.add(session(session)));
        ObjectNode metadata = answer.putObject("metadata");
        metadata.putNull("account_filters");
        metadata.put("client_name", spec.clientName());
        ArrayNode countries = metadata.putArray("country_codes");
        spec.countryCodes().forEach(countries::add);
        ArrayNode products = metadata.putArray("initial_products");
        spec.products().forEach(products::add);
        metadata.putNull("institution_data");
        metadata.put("language", spec.language());
        metadata.put("redirect_uri", spec.redirectUri());
        String webhook = spec.webhook() != null ? spec.webhook()
                : defaultWebhook.get() == null ? null : defaultWebhook.get().toString();
        metadata.put("webhook", webhook);
        return answer;
    }

    private static ObjectNode session(LinkSession session) {
        ObjectNode node = Json.object();
        node.put("link_session_id", session.linkSessionId());
        node.put("started_at", Json.timestamp(session.startedAt()));
        node.put("finished_at", Json.timestamp(session.finishedAt()));
        if (session.success()) {
            ObjectNode results = node.putObject("results");
            ArrayNode added = results.putArray("item_add_results");
            if (session.publicToken() != null) {
                ObjectNode result = added.addObject();
                result.put("public_token", session.publicToken());
                ArrayNode accounts = result.putArray("accounts");
                for (Account account : session.accounts()) {
                    ObjectNode summary = accounts.addObject();
                    summary.putNull("class_type");
                    summary.put("id", account.accountId());
                    summary.put("mask", account.mask());
                    summary.put("name", account.name());
                    summary.put("subtype", account.subtype());
                    summary.put("type", account.type());
                    summary.putNull("verification_status");
                }
                result.set("institution", institution(session.institution()));
            }
            node.putNull("exit");
        } else {
            node.putNull("results");
            ObjectNode exit = node.putObject("exit");
            if (session.exitError() == null) {
                exit.putNull("error");
            } else {
                exit.set("error", session.exitError().toJson());
            }
            ObjectNode metadata = exit.putObject("metadata");
            if (session.institution() == null) {
                metadata.putNull("institution");
            } else {
                metadata.set("institution", institution(session.institution()));
            }
            metadata.put("link_session_id", session.linkSessionId());
            metadata.putNull("request_id");
            metadata.put("status", session.exitStatus());
        }
        return node;
    }

    private static ObjectNode institution(Institution institution) {
        return Json.object().put("institution_id", institution.institutionId()).put("name", institution.name());
    }

    private ObjectNode exchange(Body body) {
        Item item = world.exchange(body.requiredText("public_token"));
        return Json.object().put("access_token", item.accessToken()).put("item_id", item.itemId());
    }

    private static String checkUrl(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw ApiError.invalidField("not an http(s) URL: " + text);
            }
            return text;
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidField("not a URL: " + text);
        }
    }
}
