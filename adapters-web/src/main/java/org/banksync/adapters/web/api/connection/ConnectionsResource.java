package org.banksync.adapters.web.api.connection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.banksync.adapters.web.api.shared.ETags;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.api.shared.ListEnvelope;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.connection.port.in.ReconnectBankUseCase;
import org.banksync.application.connection.port.in.ReconnectBankUseCase.ReconnectCommand;
import org.banksync.domain.connection.ConnectionId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** Connections: their state and consent, their aggregator accounts, and reconnection. */
@Path("v1/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Connections", description = "Connecting banks through an aggregator (Bridge), their state, consent and accounts.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class ConnectionsResource {

    private FindConnectionsQuery find;
    private ReconnectBankUseCase reconnect;
    private Clock clock;

    protected ConnectionsResource() {
    }

    @Inject
    public ConnectionsResource(FindConnectionsQuery find, ReconnectBankUseCase reconnect, Clock clock) {
        this.find = find;
        this.reconnect = reconnect;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listConnections", summary = "List the connections",
            description = "Every connection, with its state and consent expiry, in one page (nextCursor is null).")
    @APIResponse(responseCode = "200",
            description = "The connections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConnectionList")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ListEnvelope<ConnectionView> list() {
        return new ListEnvelope<>(find.list().stream().map(connection -> ConnectionView.of(connection, clock)).toList(), null);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConnection", summary = "Read a connection",
            description = "One connection: its state, what the aggregator said, and when its consent expires.")
    @APIResponse(responseCode = "200",
            description = "The connection.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Connection")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The connection's identifier.", required = true) @PathParam("id") String id) {
        ConnectionView view = ConnectionView.of(find.get(parse(id)), clock);
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @GET
    @Path("{id}/provider-accounts")
    @Operation(operationId = "listProviderAccounts", summary = "List a connection's provider accounts",
            description = "The aggregator's accounts of that connection and the bank account each is linked to; one page"
                    + " (nextCursor is null).")
    @APIResponse(responseCode = "200",
            description = "The provider accounts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProviderAccountList")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ListEnvelope<ProviderAccountView> providerAccounts(
            @Parameter(description = "The connection's identifier.", required = true) @PathParam("id") String id) {
        return new ListEnvelope<>(find.providerAccounts(parse(id)).stream().map(ProviderAccountView::of).toList(), null);
    }

    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reconnect", summary = "Reconnect",
            description = "Administrators only. Starts the aggregator's hosted flow again to renew the consent or fix the"
                    + " connection; 409 when it is disconnected (connect the bank again instead).")
    @APIResponse(responseCode = "201",
            description = "The flow is started.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConnectAnswer")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "502", ref = "BadGateway")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response reconnect(@Parameter(description = "The connection's identifier.", required = true)
                              @PathParam("id") String id, @Context SecurityContext security) {
        var started = reconnect.reconnect(new ReconnectCommand(parse(id), security.getUserPrincipal().getName()));
        return Response.status(Response.Status.CREATED)
                .entity(new ConnectAnswer(started.connectUrl().toString(), started.connectionId().toString())).build();
    }

    private static ConnectionId parse(String id) {
        return Ids.parse(id, ConnectionId::parse, "connection");
    }
}
