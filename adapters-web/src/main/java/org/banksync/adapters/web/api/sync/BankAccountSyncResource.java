package org.banksync.adapters.web.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.problem.Problem;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.api.shared.InvalidParameter;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.sync.port.in.RequestSyncUseCase;
import org.banksync.application.sync.port.in.RequestSyncUseCase.RequestSyncCommand;
import org.banksync.application.sync.port.in.RequestSyncUseCase.SyncRequest;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncTrigger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** "Update bank accounts" over the API: 202 with the queued run, or 409 with the run already active. */
@Path("v1/bank-accounts/{id}/sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Synchronisation", description = "Requesting synchronisations and following them.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class BankAccountSyncResource {

    private RequestSyncUseCase request;

    protected BankAccountSyncResource() {
    }

    @Inject
    public BankAccountSyncResource(RequestSyncUseCase request) {
        this.request = request;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "syncBankAccount", summary = "Update a bank account",
            description = "Queues a synchronisation from the aggregator (the since date is needed for the first run only)."
                    + " 202 with the queued run and its Location; 409 with the active run's Location when one is QUEUED or"
                    + " RUNNING.")
    @APIResponse(responseCode = "202",
            description = "The run is queued; follow it at Location.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SyncRun")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "A run of this account is already QUEUED or RUNNING; Location names it.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response sync(
            @Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "The start date; optional after the first run.", required = false,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SyncRequest")))
            SyncRequestBody body, @Context UriInfo uri) {
        LocalDate since = parseSince(body == null ? null : body.since());
        SyncRequest answer = request.request(new RequestSyncCommand(Ids.parse(id, BankAccountId::parse, "bank account"),
                since, SyncTrigger.API));
        URI location = uri.getBaseUriBuilder().path("v1/sync-runs").path(answer.run().id().toString()).build();
        SyncRunView view = SyncRunView.of(answer.run());
        return switch (answer) {
            case SyncRequest.Queued queued -> Response.accepted(view).location(location).build();
            case SyncRequest.AlreadyActive active -> Response.status(Response.Status.CONFLICT).location(location)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("urn:banksync:problem:conflict", "Conflict", 409,
                            "A synchronisation of this account is already " + view.state().toLowerCase(java.util.Locale.ROOT)
                                    + ": follow it at " + location, List.of()))
                    .build();
        };
    }

    private static LocalDate parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("since", "since must be a date as YYYY-MM-DD, not '" + since + "'");
        }
    }
}
