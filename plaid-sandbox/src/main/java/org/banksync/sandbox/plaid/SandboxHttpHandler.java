package org.banksync.sandbox.plaid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import org.banksync.sandbox.plaid.api.PlaidApi;
import org.banksync.sandbox.plaid.connect.HostedLinkPage;
import org.banksync.sandbox.plaid.control.ControlApi;
import org.banksync.sandbox.plaid.data.Ids;
import org.banksync.sandbox.plaid.fault.FaultInjector;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.http.Request;
import org.banksync.sandbox.plaid.http.Response;

/**
 * The one HTTP entry point: /_sandbox to the control API, /hosted-link to the hosted Link page,
 * everything else to Plaid's API after the armed faults had their say.
 */
final class SandboxHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SandboxHttpHandler.class.getName());

    private final PlaidApi plaid;
    private final HostedLinkPage hostedLink;
    private final ControlApi control;
    private final FaultInjector faults;

    SandboxHttpHandler(PlaidApi plaid, HostedLinkPage hostedLink, ControlApi control, FaultInjector faults) {
        this.plaid = plaid;
        this.hostedLink = hostedLink;
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
                write(exchange, guarded(() -> control.handle(request), null));
            } else if (path.startsWith("/hosted-link/")) {
                write(exchange, guarded(() -> hostedLink.handle(request), null));
            } else {
                String requestId = Ids.requestId();
                write(exchange, guarded(() -> servePlaid(request, requestId), requestId));
            }
        }
    }

    private Response servePlaid(Request request, String requestId) {
        FaultInjector.Decision decision = faults.decide(request.path());
        if (decision.latencyMs() > 0) {
            pause(decision.latencyMs());
        }
        if (decision.fault().isPresent()) {
            throw decision.fault().get().toError(request.path());
        }
        return plaid.handle(request, requestId);
    }

    private static Response guarded(Supplier<Response> handler, String requestId) {
        try {
            return handler.get();
        } catch (ApiError error) {
            return error.toResponse(requestId);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "unexpected failure", unexpected);
            return ApiError.internal("unexpected sandbox failure: " + unexpected).toResponse(requestId);
        }
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        if (body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
