package org.banksync.adapters.web.api.connection;

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
import jakarta.ws.rs.core.SecurityContext;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.connection.port.in.StartBankConnectionUseCase;
import org.banksync.application.connection.port.in.StartBankConnectionUseCase.StartConnectionCommand;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;

/** POST /banks/{id}/connections: "Connect your bank" for an external system. */
@Path("v1/banks/{bankId}/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BankConnectionsResource {

    private StartBankConnectionUseCase start;

    protected BankConnectionsResource() {
    }

    @Inject
    public BankConnectionsResource(StartBankConnectionUseCase start) {
        this.start = start;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response connect(@PathParam("bankId") String bankId, ConnectRequest body, @Context SecurityContext security) {
        ConnectRequest request = body == null ? new ConnectRequest(null, null) : body;
        var started = start.start(new StartConnectionCommand(Ids.parse(bankId, BankId::parse, "bank"),
                request.company() == null ? null : CompanyCode.of(request.company()),
                provider(request.provider()), security.getUserPrincipal().getName()));
        return Response.status(Response.Status.CREATED)
                .entity(new ConnectAnswer(started.connectUrl().toString(),
                        started.connectionId() == null ? null : started.connectionId().toString()))
                .build();
    }

    static Provider provider(String wireName) {
        if (wireName == null) {
            return null;
        }
        try {
            return Provider.fromWireName(wireName);
        } catch (RuntimeException e) {
            throw new DomainViolation("provider", "unknown provider '" + wireName + "'; use bridge or plaid");
        }
    }
}
