package org.banksync.adapters.bridge.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * POST /api/webhooks/bridge. The signature is checked on the raw bytes before anything is read; a
 * mismatch answers 401 and nothing else. A verified event is acted on once (redeliveries are
 * acknowledged) and answered 200 quickly: the work itself (a sync) is queued.
 */
@Path("webhooks/bridge")
@RequestScoped
public class BridgeWebhookResource {

    private static final Logger LOG = Logger.getLogger(BridgeWebhookResource.class.getName());

    private BridgeSettings settings;
    private HandleProviderEventUseCase handler;

    protected BridgeWebhookResource() {
    }

    @Inject
    public BridgeWebhookResource(BridgeSettings settings, HandleProviderEventUseCase handler) {
        this.settings = settings;
        this.handler = handler;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(byte[] body, @HeaderParam("BridgeApi-Signature") String signature) {
        List<String> secrets = new ArrayList<>();
        if (settings.webhookSecret() != null) {
            secrets.add(settings.webhookSecret());
        }
        if (settings.webhookSecretPrevious() != null) {
            secrets.add(settings.webhookSecretPrevious());
        }
        if (!WebhookSignature.verify(body, signature, secrets)) {
            LOG.warning("Refused a Bridge webhook whose signature does not match (" + body.length + " bytes)");
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        JsonObject envelope;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            envelope = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        String outcome = handler.handle(BridgeEvents.translate(envelope, digest(body)));
        LOG.info("Bridge webhook " + envelope.getString("type", "(no type)") + ": " + outcome);
        return Response.ok(Json.createObjectBuilder().add("result", outcome).build().toString()).build();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
