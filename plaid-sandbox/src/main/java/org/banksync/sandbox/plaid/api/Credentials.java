package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Request;

/**
 * The client's keys: client_id and secret in the JSON body or in the PLAID-CLIENT-ID / PLAID-SECRET
 * headers (the body wins when both are sent). Absent: MISSING_FIELDS; wrong: INVALID_API_KEYS. Then the
 * Plaid-Version header: absent (the dashboard default) or 2020-09-14; anything else is INVALID_HEADERS.
 */
public final class Credentials {

    public static final String API_VERSION = "2020-09-14";

    private final String clientId;
    private final String secret;

    public Credentials(String clientId, String secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    public void check(ObjectNode body, Request request) {
        String id = value(body, "client_id", request, "PLAID-CLIENT-ID");
        String key = value(body, "secret", request, "PLAID-SECRET");
        List<String> missing = new ArrayList<>();
        if (id == null) {
            missing.add("client_id");
        }
        if (key == null) {
            missing.add("secret");
        }
        if (!missing.isEmpty()) {
            throw ApiError.missingFields(missing);
        }
        if (!same(id, clientId) | !same(key, secret)) {
            throw ApiError.invalidApiKeys();
        }
        String version = request.header("Plaid-Version").orElse(API_VERSION);
        if (!version.equals(API_VERSION)) {
            throw ApiError.invalidHeaders("unsupported Plaid-Version " + version + "; this sandbox speaks " + API_VERSION);
        }
    }

    private static String value(ObjectNode body, String field, Request request, String header) {
        JsonNode node = body.get(field);
        if (node != null && !node.isNull()) {
            if (!node.isTextual()) {
                throw ApiError.invalidField(field + " must be a string");
            }
            return node.asText();
        }
        return request.header(header).orElse(null);
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
