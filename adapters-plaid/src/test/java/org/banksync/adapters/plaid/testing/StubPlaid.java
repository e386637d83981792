package org.banksync.adapters.plaid.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A Plaid that answers what a test scripts, by path and request body, for what the sandbox never does
 * (an account renumbered, an Item without Auth). Unscripted paths answer Plaid's 404.
 */
public final class StubPlaid implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Function<String, Answer>> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public StubPlaid() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(path + " " + body);
            Function<String, Answer> script = answers.get(path);
            Answer answer = script == null ? new Answer(404, error("INVALID_REQUEST", "NOT_FOUND")) : script.apply(body);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Answers {@code path} with what {@code script} makes of the request body. */
    public StubPlaid on(String path, Function<String, Answer> script) {
        answers.put(path, script);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Each request as "path body". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public static Answer ok(String body) {
        return new Answer(200, body);
    }

    public static Answer refused(String type, String code) {
        return new Answer(400, error(type, code));
    }

    private static String error(String type, String code) {
        return "{\"display_message\":null,\"error_code\":\"" + code + "\",\"error_message\":\"scripted\",\"error_type\":\""
                + type + "\",\"request_id\":\"stub-1\"}";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A status and a JSON body. */
    public record Answer(int status, String body) {
    }
}
