package org.banksync.adapters.plaid.webhook;

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
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.client.PlaidAccount;
import org.banksync.adapters.plaid.connection.PlaidAccounts;
import org.banksync.adapters.plaid.state.PlaidState;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * POST /api/webhooks/plaid. The {@code Plaid-Verification} JWT is checked on the raw bytes before
 * anything is read; a mismatch answers 401 and nothing else happens. A verified event is translated
 * and handed to the core, which acts on each once, and answered 200 at once (the work itself, a
 * synchronisation, is queued); 503 when Plaid could not be asked what the event needs, so that it
 * delivers it again.
 */
@Path("webhooks/plaid")
@RequestScoped
@Tag(name = "Plaid", description = "Plaid's connect callback and webhook; no credentials (Plaid signs its webhooks).")
public class PlaidWebhookResource {

    private static final System.Logger LOG = System.getLogger(PlaidWebhookResource.class.getName());

    private WebhookVerifier verifier;
    private HandleProviderEventUseCase handler;
    private PlaidAccounts accounts;
    private PlaidState state;
    private Clock clock;

    protected PlaidWebhookResource() {
    }

    @Inject
    public PlaidWebhookResource(WebhookVerifier verifier, HandleProviderEventUseCase handler, PlaidAccounts accounts,
                                PlaidState state, Clock clock) {
        this.verifier = verifier;
        this.handler = handler;
        this.accounts = accounts;
        this.state = state;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plaid's webhook",
            description = "Plaid's events (new transactions, item errors, consent about to expire...). The"
                    + " Plaid-Verification JWT is checked first (ES256 under Plaid's key, at most 5 minutes old, over the"
                    + " SHA-256 of the raw body): 401 when it does not hold. A verified event is acted on once and"
                    + " answered at once; the work itself (a synchronisation) is queued.")
    @APIResponse(responseCode = "200", description = "The event is accepted: {\"result\": \"what Banksync did with it\"}.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object (no body).")
    @APIResponse(responseCode = "401", description = "The verification does not hold (no body).")
    @APIResponse(responseCode = "503", description = "Plaid could not be reached to act on the event; Plaid delivers it again.")
    public Response receive(
            @RequestBody(description = "Plaid's event as Plaid sent it, a JSON object such as {\"webhook_type\":"
                    + " \"TRANSACTIONS\", \"webhook_code\": \"SYNC_UPDATES_AVAILABLE\", \"item_id\": \"...\"}; the"
                    + " verification covers these exact bytes.", required = true,
                    content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.OBJECT)))
            byte[] body,
            @Parameter(description = "Plaid's JWT (ES256) over the body's SHA-256.", required = true)
            @HeaderParam("Plaid-Verification") String verification) {
        byte[] raw = body == null ? new byte[0] : body;
        WebhookVerifier.Verdict verdict;
        try {
            verdict = verifier.verify(raw, verification);
        } catch (AggregatorFailure failure) {
            LOG.log(Level.WARNING, "A Plaid webhook could not be verified now ({0}); Plaid will deliver it again",
                    failure.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        if (!verdict.valid()) {
            LOG.log(Level.WARNING, "Refused a Plaid webhook: {0} ({1} bytes)", verdict.reason(), raw.length);
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        JsonObject event;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(raw))) {
            event = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        // A redelivery of the same signed bytes is the same event; Plaid re-signs later deliveries, so their
        // effects (a queued run, a state) are applied again, which is harmless.
        String digest = WebhookVerifier.sha256Hex((WebhookVerifier.sha256Hex(raw) + "@" + verdict.issuedAt().getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        List<ProviderEvent> events;
        try {
            events = PlaidEvents.translate(event, digest, this::accountsOf, clock.instant());
        } catch (AggregatorFailure failure) {
            LOG.log(Level.WARNING, "Plaid webhook {0}/{1} not handled now: {2}", event.getString("webhook_type", "?"),
                    event.getString("webhook_code", "?"), failure.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        String result = events.isEmpty() ? "no account to synchronise"
                : String.join("; ", events.stream().map(handler::handle).toList());
        LOG.log(Level.INFO, "Plaid webhook {0}/{1}: {2}", event.getString("webhook_type", "?"),
                event.getString("webhook_code", "?"), result);
        return Response.ok(Json.createObjectBuilder().add("result", result).build().toString()).build();
    }

    /**
     * The Item's accounts as Plaid lists them now, each under the id Banksync linked it by (an account
     * Plaid renumbered keeps its old id here); none when Banksync holds no token for the Item.
     */
    private List<String> accountsOf(String itemId) {
        Optional<AccessToken> token = state.accessToken(itemId);
        if (token.isEmpty()) {
            return List.of();
        }
        return accounts.list(token.get()).stream().map(PlaidAccount::accountId).filter(Objects::nonNull)
                .map(current -> state.linkedIdOf(current).orElse(current)).toList();
    }
}
