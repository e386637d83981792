package org.banksync.adapters.bridge.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A Bridge that answers canned bodies by method and path, for answers the sandbox never gives (bad data). */
public final class StubBridge implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public StubBridge() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String answer = answers.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = (answer == null ? "{\"errors\":[{\"code\":\"not_found\",\"message\":\"nothing here\"}]}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        answer("POST /v3/aggregation/users", "{\"uuid\":\"u-1\",\"external_user_id\":\"banksync-acme\"}");
        answer("POST /v3/aggregation/authorization/token",
                "{\"access_token\":\"t-1\",\"expires_at\":\"2026-03-16T11:30:00.000Z\",\"user\":{\"uuid\":\"u-1\"}}");
    }

    /** Answers 200 with this body to {@code "METHOD /path"}. */
    public StubBridge answer(String request, String body) {
        answers.put(request, body);
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
