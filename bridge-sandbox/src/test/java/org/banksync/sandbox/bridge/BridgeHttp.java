package org.banksync.sandbox.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain java.net.http client speaking to the sandbox as a Bridge client would (test helper). */
final class BridgeHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One response. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String errorCode() {
            return json().path("errors").path(0).path("code").asText();
        }
    }

    private final BridgeSandbox sandbox;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    BridgeHttp(BridgeSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A request with the three app headers. */
    HttpRequest.Builder app(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Client-Id", sandbox.clientId())
                .header("Client-Secret", sandbox.clientSecret())
                .header("Bridge-Version", "2025-01-15");
    }

    HttpRequest.Builder user(String pathAndQuery, String token) {
        return app(pathAndQuery).header("Authorization", "Bearer " + token);
    }

    Reply get(String pathAndQuery) {
        return send(app(pathAndQuery).GET());
    }

    Reply get(String pathAndQuery, String token) {
        return send(user(pathAndQuery, token).GET());
    }

    Reply post(String path, String json) {
        return send(app(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, String json, String token) {
        return send(user(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path, String token) {
        return send(user(path, token).DELETE());
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Follows next_uri from a first path until it is null, collecting every resource. */
    List<JsonNode> all(String firstPathAndQuery, String token) {
        List<JsonNode> resources = new ArrayList<>();
        String next = firstPathAndQuery;
        while (next != null) {
            Reply page = get(next, token);
            if (page.status() != 200) {
                throw new IllegalStateException(next + " answered " + page.status() + " " + page.body());
            }
            page.json().path("resources").forEach(resources::add);
            JsonNode uri = page.json().path("pagination").path("next_uri");
            next = uri.isNull() ? null : uri.asText();
        }
        return resources;
    }
}
