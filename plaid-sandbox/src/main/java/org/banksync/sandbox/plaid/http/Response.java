package org.banksync.sandbox.plaid.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An outgoing response: status, headers and body bytes. */
public final class Response {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] bytes;

    private Response(int status, Map<String, String> headers, byte[] bytes) {
        this.status = status;
        this.headers = headers;
        this.bytes = bytes;
    }

    public static Response json(int status, Object body) {
        return new Response(status, contentType("application/json; charset=utf-8"), Json.bytes(body));
    }

    public static Response ok(Object body) {
        return json(200, body);
    }

    public static Response html(int status, String html) {
        return new Response(status, contentType("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8));
    }

    public static Response redirect(String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        return new Response(302, headers, new byte[0]);
    }

    public static Response noContent() {
        return new Response(204, new LinkedHashMap<>(), new byte[0]);
    }

    public Response withHeaders(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new Response(status, merged, bytes);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public byte[] body() {
        return bytes.clone();
    }

    private static Map<String, String> contentType(String type) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type);
        return headers;
    }
}
