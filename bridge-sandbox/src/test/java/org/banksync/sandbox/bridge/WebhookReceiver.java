package org.banksync.sandbox.bridge;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A tiny HTTP endpoint standing in for Banksync's webhook receiver (test helper). */
final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received. */
    record Received(String signature, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/bridge", exchange -> {
            Received delivery;
            try (exchange; InputStream in = exchange.getRequestBody()) {
                delivery = new Received(exchange.getRequestHeaders().getFirst("BridgeApi-Signature"), in.readAllBytes());
                exchange.sendResponseHeaders(200, -1);
            }
            received.add(delivery);
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/bridge");
    }

    /** The next delivery, waiting at most five seconds. */
    Received next() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no webhook arrived within 5 seconds");
        }
        return next;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
