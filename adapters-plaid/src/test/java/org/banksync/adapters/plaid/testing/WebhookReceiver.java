package org.banksync.adapters.plaid.testing;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.plaid.webhook.PlaidWebhookResource;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Banksync's webhook endpoint as Plaid reaches it: a loopback HTTP server handing the raw body and the
 * Plaid-Verification header to {@link PlaidWebhookResource}, recording what it answered and the events
 * the core was given.
 */
public final class WebhookReceiver implements HandleProviderEventUseCase, AutoCloseable {

    private final HttpServer server;
    private final List<ProviderEvent> events = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private volatile PlaidWebhookResource resource;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/webhooks/plaid", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Response answer = resource.receive(body, exchange.getRequestHeaders().getFirst("Plaid-Verification"));
            statuses.add(answer.getStatus());
            byte[] entity = answer.getEntity() == null ? new byte[0] : answer.getEntity().toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.getStatus(), entity.length == 0 ? -1 : entity.length);
            if (entity.length > 0) {
                exchange.getResponseBody().write(entity);
            }
            exchange.close();
        });
        server.start();
    }

    public void serve(PlaidWebhookResource value) {
        this.resource = value;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/webhooks/plaid");
    }

    @Override
    public String handle(ProviderEvent event) {
        synchronized (events) {
            events.add(event);
            events.notifyAll();
        }
        return "recorded " + event.getClass().getSimpleName();
    }

    public List<ProviderEvent> events() {
        return List.copyOf(events);
    }

    public List<Integer> statuses() {
        return List.copyOf(statuses);
    }

    /** Waits (up to 10 s) for an event the sandbox sends in the background. */
    public ProviderEvent awaitEvent(Predicate<ProviderEvent> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        synchronized (events) {
            while (true) {
                for (ProviderEvent event : events) {
                    if (wanted.test(event)) {
                        return event;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no such event within 10 s; received " + events);
                }
                try {
                    events.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    public void clear() {
        events.clear();
        statuses.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
