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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Bridge", description = "Bridge's connect callback and webhook; no credentials (Bridge signs its webhooks).")
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
    @Operation(summary = "Bridge's webhook",
            description = "Bridge's events (item refreshed, account created or updated...). The BridgeApi-Signature is"
                    + " checked on the raw body first: 401 when it does not match. A verified event is acted on once (a"
                    + " redelivery is acknowledged) and answered at once; the work itself (a synchronisation) is queued.")
    @APIResponse(responseCode = "200", description = "The event is accepted: {\"result\": \"what Banksync did with it\"}.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object (no body).")
    @APIResponse(responseCode = "401", description = "The signature does not match (no body).")
    public Response receive(
            @RequestBody(description = "Bridge's event as Bridge sent it, a JSON object such as {\"type\": \"item.refreshed\","
                    + " \"content\": {...}}; the signature covers these exact bytes.", required = true,
                    content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.OBJECT)))
            byte[] body,
            @Parameter(description = "Bridge's HMAC-SHA256 signature of the body, v1=<hex>[,v1=<hex>].", required = true)
            @HeaderParam("BridgeApi-Signature") String signature) {
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
