package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Request;
import org.banksync.sandbox.plaid.http.Response;
import org.banksync.sandbox.plaid.world.World;

/**
 * Plaid's API surface: POST only; an unknown path (or another method) is 404 NOT_FOUND; the body must be
 * a JSON object (INVALID_BODY); the keys are checked (MISSING_FIELDS / INVALID_API_KEYS) and the
 * Plaid-Version header; then the endpoint reads its body strictly. Every answer carries request_id.
 */
public final class PlaidApi {

    /** One endpoint: its strict field list and what it answers (without request_id). */
    public record Endpoint(Set<String> fields, Handler handler) {
    }

    /** Handles a body already read strictly against the endpoint's fields. */
    @FunctionalInterface
    public interface Handler {
        ObjectNode handle(Body body);
    }

    private final World world;
    private final Credentials credentials;
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    public PlaidApi(World world, Credentials credentials) {
        this.world = world;
        this.credentials = credentials;
    }

    public PlaidApi add(String path, Set<String> fields, Handler handler) {
        endpoints.put(path, new Endpoint(Set.copyOf(fields), handler));
        return this;
    }

    public Set<String> paths() {
        return endpoints.keySet();
    }

    public Response handle(Request request, String requestId) {
        Endpoint endpoint = endpoints.get(request.path());
        if (endpoint == null || !request.method().equals("POST")) {
            throw ApiError.notFound(request.path());
        }
        ObjectNode raw = request.plaidBody();
        credentials.check(raw, request);
        world.tick();
        ObjectNode answer = endpoint.handler().handle(Body.strict(raw, endpoint.fields()));
        answer.put("request_id", requestId);
        return Response.ok(answer);
    }
}
