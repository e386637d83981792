package org.banksync.sandbox.plaid.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.banksync.sandbox.plaid.http.Json;

/**
 * Delivers webhooks: POST of the pretty-printed (2-space) JSON body with Content-Type application/json
 * and the Plaid-Verification JWT. On demand (synchronously, for the control API) or for the events the
 * sandbox raises itself (in order, on a background thread). No retries. The last 200 deliveries are kept.
 */
public final class WebhookPublisher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebhookPublisher.class.getName());
    private static final int KEPT = 200;

    private final WebhookKeys keys;
    private final Clock wallClock;
    private final URI initialDefaultUrl;
    private final AtomicReference<URI> defaultUrl;
    private final AtomicReference<Duration> skew = new AtomicReference<>(Duration.ZERO);
    private final Deque<WebhookDelivery> sent = new ArrayDeque<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plaid-sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookPublisher(WebhookKeys keys, Clock wallClock, URI defaultUrl) {
        this.keys = keys;
        this.wallClock = wallClock;
        this.initialDefaultUrl = defaultUrl;
        this.defaultUrl = new AtomicReference<>(defaultUrl);
    }

    public WebhookKeys keys() {
        return keys;
    }

    /** The URL Items get when their link token named none (null: no webhooks for them). */
    public URI defaultUrl() {
        return defaultUrl.get();
    }

    public void setDefaultUrl(URI url) {
        defaultUrl.set(url);
    }

    /** How far in the past iat is put (to test the receiver's 5-minute check); zero by default. */
    public Duration clockSkew() {
        return skew.get();
    }

    public void setClockSkew(Duration value) {
        skew.set(value);
    }

    public void reset() {
        defaultUrl.set(initialDefaultUrl);
        skew.set(Duration.ZERO);
        synchronized (sent) {
            sent.clear();
        }
    }

    /** Sends one webhook now and reports what happened. */
    public WebhookDelivery send(URI url, ObjectNode payload) {
        byte[] body = Json.prettyBytes(payload);
        long iat = wallClock.instant().minus(skew.get()).getEpochSecond();
        String verification = WebhookSigner.jwt(keys.current(), body, iat);
        String type = payload.path("webhook_type").asText(null);
        String code = payload.path("webhook_code").asText(null);
        String itemId = payload.path("item_id").asText(null);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Plaid-Verification", verification)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        String text = new String(body, StandardCharsets.UTF_8);
        WebhookDelivery delivery;
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            delivery = new WebhookDelivery(url.toString(), type, code, itemId, text, verification, status, null);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "webhook {0}/{1} to {2} failed: {3}", type, code, url, e.toString());
            delivery = new WebhookDelivery(url.toString(), type, code, itemId, text, verification, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery = new WebhookDelivery(url.toString(), type, code, itemId, text, verification, -1, "interrupted");
        }
        synchronized (sent) {
            sent.addLast(delivery);
            while (sent.size() > KEPT) {
                sent.removeFirst();
            }
        }
        return delivery;
    }

    /** Queues a webhook; webhooks are sent one at a time in the order queued. */
    public void publish(URI url, ObjectNode payload, Consumer<WebhookDelivery> afterwards) {
        background.execute(() -> afterwards.accept(send(url, payload)));
    }

    /** The last deliveries, oldest first. */
    public List<WebhookDelivery> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        client.close();
    }
}
