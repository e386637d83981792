package org.banksync.adapters.web.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.api.shared.InvalidParameter;
import org.banksync.adapters.web.api.shared.Lists;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.in.FindSyncRunsQuery;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** The sync history and a run's live progress. */
@Path("v1/sync-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Synchronisation", description = "Requesting synchronisations and following them.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class SyncRunsResource {

    private FindSyncRunsQuery find;

    protected SyncRunsResource() {
    }

    @Inject
    public SyncRunsResource(FindSyncRunsQuery find) {
        this.find = find;
    }

    @GET
    @Operation(operationId = "listSyncRuns", summary = "List the runs",
            description = "The synchronisation and import history, newest first, optionally of one account or in one state.")
    @APIResponse(responseCode = "200",
            description = "A page of runs.",
            headers = @Header(name = "Link", ref = "Link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SyncRunList")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@Parameter(description = "Only this bank account's runs.")
                         @QueryParam("bankAccountId") String bankAccountId,
                         @Parameter(description = "Only the runs in this state.", schema = @Schema(type = SchemaType.STRING,
                                 enumeration = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"})) @QueryParam("state") String state,
                         @Parameter(ref = "limit") @QueryParam("limit") Integer limit,
                         @Parameter(ref = "cursor") @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        BankAccountId account = bankAccountId == null ? null : parseAccount(bankAccountId);
        return Lists.page(find.list(account, state(state), PageRequest.of(limit, cursor)), SyncRunView::of, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSyncRun", summary = "Read a run",
            description = "One run: its state, its live progress, and the error with what to do when it failed.")
    @APIResponse(responseCode = "200",
            description = "The run.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SyncRun")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SyncRunView get(@Parameter(description = "The run's identifier.", required = true) @PathParam("id") String id) {
        return SyncRunView.of(find.get(Ids.parse(id, SyncRunId::parse, "sync run")));
    }

    private static BankAccountId parseAccount(String value) {
        try {
            return BankAccountId.parse(value);
        } catch (DomainViolation e) {
            throw new InvalidParameter("bankAccountId", "bankAccountId is not a bank account id");
        }
    }

    private static SyncRunState state(String value) {
        if (value == null) {
            return null;
        }
        try {
            return SyncRunState.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("state", "state must be QUEUED, RUNNING, SUCCEEDED or FAILED");
        }
    }
}
