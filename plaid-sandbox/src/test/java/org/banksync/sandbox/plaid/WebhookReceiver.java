package org.banksync.sandbox.plaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A tiny HTTP endpoint standing in for Banksync's Plaid webhook receiver (test helper). */
final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received: the Plaid-Verification header and the raw body bytes. */
    record Received(String verification, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return PlaidHttp.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String code() {
            return json().path("webhook_type").asText() + "/" + json().path("webhook_code").asText();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/plaid", exchange -> {
            Received delivery;
            try (exchange; InputStream in = exchange.getRequestBody()) {
                delivery = new Received(exchange.getRequestHeaders().getFirst("Plaid-Verification"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), in.readAllBytes());
                exchange.sendResponseHeaders(200, -1);
            }
            synchronized (received) {
                received.add(delivery);
                received.notifyAll();
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/plaid");
    }

    /** The first delivery with this TYPE/CODE, waiting at most five seconds for it. */
    Received await(String typeAndCode) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (received) {
            while (true) {
                for (Received delivery : received) {
                    if (delivery.code().equals(typeAndCode)) {
                        return delivery;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + typeAndCode + " webhook within 5 seconds; got " + codes());
                }
                received.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    /** The codes received so far, in order. */
    List<String> codes() {
        synchronized (received) {
            return received.stream().map(Received::code).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
