package org.banksync.sandbox.plaid.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An incoming HTTP request, read once: method, path, decoded query, headers, body, path variables. */
public final class Request {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final byte[] body;
    private final Map<String, String> pathVariables;

    private Request(String method, String path, Map<String, List<String>> query, Headers headers, byte[] body,
                    Map<String, String> pathVariables) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.pathVariables = pathVariables;
    }

    public static Request read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI().getPath(),
                parseQuery(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body, Map.of());
    }

    Request withPathVariables(Map<String, String> variables) {
        return new Request(method, path, query, headers, body, Map.copyOf(variables));
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** The first value of a query parameter, empty when absent or blank. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? Optional.empty() : Optional.of(values.get(0));
    }

    public String variable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("no path variable " + name);
        }
        return value;
    }

    public byte[] body() {
        return body.clone();
    }

    /**
     * The JSON object body, checked as Plaid does: it must parse as a JSON object, and a Content-Type, when
     * sent, must be application/json (INVALID_BODY otherwise).
     */
    public ObjectNode plaidBody() {
        String contentType = header("Content-Type").orElse("application/json").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw ApiError.invalidBody("body could not be parsed as JSON: Content-Type must be application/json");
        }
        return parse().orElseThrow(() -> ApiError.invalidBody("body could not be parsed as a JSON object"));
    }

    /** The control API's body: {} when empty, otherwise a JSON object (400 otherwise). */
    public ObjectNode controlBody() {
        if (body.length == 0) {
            return Json.object();
        }
        return parse().orElseThrow(() -> ApiError.invalidBody("the body must be a JSON object"));
    }

    private Optional<ObjectNode> parse() {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read an in-memory body", e);
        }
    }

    /** An application/x-www-form-urlencoded body, as an HTML form posts it. */
    public Map<String, String> form() {
        Map<String, String> fields = new LinkedHashMap<>();
        parseQuery(new String(body, StandardCharsets.UTF_8)).forEach((name, values) -> fields.put(name, values.get(0)));
        return fields;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidBody("malformed form or query string");
        }
    }
}
