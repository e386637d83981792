package org.banksync.sandbox.bridge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.banksync.sandbox.bridge.api.BridgeApi;
import org.banksync.sandbox.bridge.connect.ConnectPage;
import org.banksync.sandbox.bridge.control.ControlApi;
import org.banksync.sandbox.bridge.fault.Fault;
import org.banksync.sandbox.bridge.fault.FaultInjector;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;

/**
 * The one HTTP entry point: /_sandbox to the control API, /connect to the hosted page, everything else
 * to Bridge's API after the armed faults had their say.
 */
final class SandboxHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SandboxHttpHandler.class.getName());
    private static final byte[] MALFORMED = "{\"resources\":[{\"id\":33000191035701,\"clean_description\":\"CB"
            .getBytes(StandardCharsets.UTF_8);

    private final BridgeApi bridge;
    private final ConnectPage connect;
    private final ControlApi control;
    private final FaultInjector faults;

    SandboxHttpHandler(BridgeApi bridge, ConnectPage connect, ControlApi control, FaultInjector faults) {
        this.bridge = bridge;
        this.connect = connect;
        this.control = control;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = Request.read(exchange);
            String path = request.path();
            LOG.log(Level.DEBUG, "{0} {1}", request.method(), path);
            if (path.startsWith("/_sandbox/")) {
                write(exchange, guarded(() -> control.handle(request)), false);
            } else if (path.startsWith("/connect/")) {
                write(exchange, guarded(() -> connect.handle(request)), false);
            } else {
                serveBridge(exchange, request);
            }
        }
    }

    private void serveBridge(HttpExchange exchange, Request request) throws IOException {
        FaultInjector.Decision decision = faults.decide(request.path());
        if (decision.latencyMs() > 0) {
            pause(decision.latencyMs());
        }
        Fault fault = decision.fault().orElse(null);
        if (fault == null) {
            write(exchange, guarded(() -> bridge.handle(request)), false);
            return;
        }
        switch (fault.kind()) {
            case STATUS -> write(exchange, faultStatus(fault), false);
            case MALFORMED_JSON -> write(exchange, Response.raw(200, "application/json", MALFORMED), false);
            case DROP_CONNECTION -> write(exchange, guarded(() -> bridge.handle(request)), true);
            case LATENCY -> throw new IllegalStateException("latency is not a terminal fault");
        }
    }

    private static Response faultStatus(Fault fault) {
        int status = fault.status();
        String code = switch (status) {
            case 429 -> "too_many_requests";
            case 500 -> "internal_server_error";
            case 502 -> "bad_gateway";
            case 503 -> "service_unavailable";
            default -> "error";
        };
        Response response = Response.error(status, code, null, "injected fault: HTTP " + status);
        return fault.retryAfterSeconds() == null ? response
                : response.withHeaders(Map.of("Retry-After", Integer.toString(fault.retryAfterSeconds())));
    }

    private static Response guarded(Supplier<Response> handler) {
        try {
            return handler.get();
        } catch (ApiError error) {
            return error.toResponse();
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "unexpected failure", unexpected);
            return Response.error(500, "internal_server_error", null, "unexpected sandbox failure: " + unexpected);
        }
    }

    /** Writes the response; a dropped connection sends the headers and half the body, then closes. */
    private static void write(HttpExchange exchange, Response response, boolean dropHalfWay) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (response.isStreamed() && !dropHalfWay) {
            exchange.sendResponseHeaders(response.status(), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                response.writeStreamTo(out);
            }
            return;
        }
        byte[] body = response.body();
        if (body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        if (dropHalfWay) {
            out.write(body, 0, body.length / 2);
            out.flush();
            closeAbruptly(exchange);
            return;
        }
        out.write(body);
        out.close();
    }

    private static void closeAbruptly(HttpExchange exchange) {
        // closing with bytes still owed makes the JDK server drop the connection
        exchange.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
