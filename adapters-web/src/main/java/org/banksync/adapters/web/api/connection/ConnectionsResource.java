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

import java.time.Clock;

/** Connections: their state and consent, their aggregator accounts, and reconnection. */
@Path("v1/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
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
    public ListEnvelope<ConnectionView> list() {
        return new ListEnvelope<>(find.list().stream().map(connection -> ConnectionView.of(connection, clock)).toList(), null);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ConnectionView view = ConnectionView.of(find.get(parse(id)), clock);
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @GET
    @Path("{id}/provider-accounts")
    public ListEnvelope<ProviderAccountView> providerAccounts(@PathParam("id") String id) {
        return new ListEnvelope<>(find.providerAccounts(parse(id)).stream().map(ProviderAccountView::of).toList(), null);
    }

    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Roles.ADMIN)
    public Response reconnect(@PathParam("id") String id, @Context SecurityContext security) {
        var started = reconnect.reconnect(new ReconnectCommand(parse(id), security.getUserPrincipal().getName()));
        return Response.status(Response.Status.CREATED)
                .entity(new ConnectAnswer(started.connectUrl().toString(), started.connectionId().toString())).build();
    }

    private static ConnectionId parse(String id) {
        return Ids.parse(id, ConnectionId::parse, "connection");
    }
}
