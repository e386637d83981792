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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /banks/{id}/connections: "Connect your bank" for an external system. */
@Path("v1/banks/{bankId}/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Connections", description = "Connecting banks through an aggregator (Bridge), their state, consent and accounts.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
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
    @Operation(operationId = "connectBank", summary = "Connect a bank",
            description = "Administrators only. Starts the aggregator's hosted flow (\"Connect your bank\") for a company;"
                    + " send the user's browser to connectUrl. The body is optional: the default company and Bridge.")
    @APIResponse(responseCode = "201",
            description = "The flow is started.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConnectAnswer")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "502", ref = "BadGateway")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Response connect(
            @Parameter(description = "The bank's identifier.", required = true) @PathParam("bankId") String bankId,
            @RequestBody(description = "The company and the aggregator, both optional.", required = false,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConnectRequest")))
            ConnectRequest body, @Context SecurityContext security) {
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
