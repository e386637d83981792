package org.banksync.adapters.web.api.token;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.shared.Bodies;
import org.banksync.adapters.web.api.shared.ListEnvelope;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.shared.NotFound;
import org.banksync.application.user.port.in.ManageApiTokensUseCase;
import org.banksync.application.user.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.banksync.domain.shared.DomainViolation;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The caller's own personal API tokens: each user manages theirs; the secret is answered once, at creation. */
@Path("v1/api-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "API tokens", description = "The caller's personal API tokens: the secret is answered once, at creation.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class ApiTokensResource {

    private ManageApiTokensUseCase tokens;

    protected ApiTokensResource() {
    }

    @Inject
    public ApiTokensResource(ManageApiTokensUseCase tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(operationId = "listApiTokens", summary = "List your API tokens (prefixes only, never the secrets)")
    @APIResponse(responseCode = "200", description = "Your tokens, newest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public ListEnvelope<ApiTokenView> list(@Context SecurityContext security) {
        return new ListEnvelope<>(tokens.list(caller(security)).stream().map(token -> ApiTokenView.of(token, null)).toList(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create a personal API token; its secret is in this answer only")
    @APIResponse(responseCode = "201", description = "The token with its secret in token.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(ApiTokenRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        ApiTokenRequest request = Bodies.required(body);
        var created = tokens.create(new CreateTokenCommand(caller(security), request.name(), expiresAt(request.expiresAt())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.token().id().toString()).build())
                .header("Cache-Control", "no-store")
                .entity(ApiTokenView.of(created.token(), created.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of your API tokens")
    @APIResponse(responseCode = "204", description = "Revoked: the token no longer works.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("API token", id);
        }
        tokens.revoke(caller(security), tokenId);
        return Response.noContent().build();
    }

    private static String caller(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static Instant expiresAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainViolation("expiresAt", "expiresAt must be an ISO-8601 instant such as 2027-01-01T00:00:00Z");
        }
    }
}
