package org.banksync.sandbox.plaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain java.net.http client speaking to the sandbox as a Plaid client would (test helper). */
final class PlaidHttp {

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
            return json().path("error_code").asText();
        }

        String errorType() {
            return json().path("error_type").asText();
        }

        /** The JSON of a 200, failing the test with the error body otherwise. */
        JsonNode ok() {
            if (status != 200) {
                throw new AssertionError("expected 200, got " + status + ": " + body);
            }
            return json();
        }
    }

    private final PlaidSandbox sandbox;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    PlaidHttp(PlaidSandbox sandbox) {
        this.sandbox = sandbox;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** POSTs a Plaid call with client_id and secret added to the body and the Plaid-Version header. */
    Reply call(String path, ObjectNode body) {
        ObjectNode withKeys = body.deepCopy();
        withKeys.put("client_id", sandbox.clientId());
        withKeys.put("secret", sandbox.secret());
        return send(request(path).header("Content-Type", "application/json").header("Plaid-Version", "2020-09-14")
                .POST(HttpRequest.BodyPublishers.ofString(withKeys.toString())));
    }

    /** POSTs a raw body without adding anything. */
    Reply raw(String path, String body, String... headers) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery
                : sandbox.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    Reply get(String pathOrUrl) {
        return send(request(pathOrUrl).GET());
    }

    Reply postForm(String pathOrUrl, String form) {
        return send(request(pathOrUrl).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
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
}
