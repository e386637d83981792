package org.banksync.sandbox.bridge.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An outgoing response: status, headers and a body that is either bytes or written as a stream. */
public final class Response {

    /** Writes a body that may be too large to hold in memory. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private final int status;
    private final Map<String, String> headers;
    private final byte[] bytes;
    private final BodyWriter streamed;

    private Response(int status, Map<String, String> headers, byte[] bytes, BodyWriter streamed) {
        this.status = status;
        this.headers = headers;
        this.bytes = bytes;
        this.streamed = streamed;
    }

    public static Response json(int status, Object body) {
        return new Response(status, contentType("application/json"), Json.bytes(body), null);
    }

    public static Response ok(Object body) {
        return json(200, body);
    }

    /** A JSON body written while it is produced, for dumps of millions of rows. */
    public static Response streamedJson(BodyWriter writer) {
        return new Response(200, contentType("application/json"), null, writer);
    }

    public static Response noContent() {
        return new Response(204, new LinkedHashMap<>(), new byte[0], null);
    }

    public static Response html(int status, String html) {
        return new Response(status, contentType("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Response redirect(String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        return new Response(302, headers, new byte[0], null);
    }

    /** Bridge's error envelope with one error; property is left out when null. */
    public static Response error(int status, String code, String property, String message) {
        ObjectNode error = Json.object().put("code", code);
        if (property != null) {
            error.put("property", property);
        }
        error.put("message", message);
        ObjectNode body = Json.object();
        ArrayNode errors = body.putArray("errors");
        errors.add(error);
        return json(status, body);
    }

    public static Response raw(int status, String contentType, byte[] body) {
        return new Response(status, contentType(contentType), body.clone(), null);
    }

    public Response withHeaders(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new Response(status, merged, bytes, streamed);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public boolean isStreamed() {
        return streamed != null;
    }

    /** The whole body (renders a streamed body into memory). */
    public byte[] body() {
        if (streamed == null) {
            return bytes.clone();
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            streamed.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public void writeStreamTo(OutputStream out) throws IOException {
        streamed.writeTo(out);
    }

    private static Map<String, String> contentType(String type) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type);
        return headers;
    }
}
