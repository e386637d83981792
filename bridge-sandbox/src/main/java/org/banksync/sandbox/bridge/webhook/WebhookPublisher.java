package org.banksync.sandbox.bridge.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.banksync.sandbox.bridge.http.Json;

/**
 * Delivers webhooks: on demand (the control API, synchronously) and for the events the sandbox raises
 * itself (connect, deletions) to the registered URL, in order, on a background thread.
 */
public final class WebhookPublisher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebhookPublisher.class.getName());

    /** Where webhooks go and which secrets sign them (previous is set during a rotation). */
    public record Settings(URI url, String secret, String previousSecret) {
    }

    private final AtomicReference<Settings> settings;
    private final Settings initial;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bridge-sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookPublisher(Settings initial) {
        this.initial = initial;
        this.settings = new AtomicReference<>(initial);
    }

    public Settings settings() {
        return settings.get();
    }

    public void configure(Settings updated) {
        settings.set(updated);
    }

    public void reset() {
        settings.set(initial);
    }

    /** Sends one envelope now and reports what happened. */
    public WebhookDelivery send(URI url, ObjectNode envelope) {
        byte[] body = Json.bytes(envelope);
        String signature = WebhookSigner.header(secrets(), body);
        String type = envelope.path("type").asText();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("BridgeApi-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new WebhookDelivery(url.toString(), type, text, signature, status, null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "webhook {0} to {1} failed: {2}", type, url, e.toString());
            return new WebhookDelivery(url.toString(), type, text, signature, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery(url.toString(), type, text, signature, -1, "interrupted");
        }
    }

    /** Queues envelopes for the registered URL, if any; they are sent in order. */
    public void publish(List<ObjectNode> envelopes) {
        Optional<URI> url = Optional.ofNullable(settings.get().url());
        url.ifPresent(target -> background.execute(() -> envelopes.forEach(envelope -> send(target, envelope))));
    }

    private List<String> secrets() {
        Settings current = settings.get();
        List<String> secrets = new ArrayList<>(List.of(current.secret()));
        if (current.previousSecret() != null) {
            secrets.add(current.previousSecret());
        }
        return secrets;
    }

    @Override
    public void close() {
        background.shutdownNow();
        client.close();
    }
}
