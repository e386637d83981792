package org.banksync.adapters.web.api.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.shared.Bodies;
import org.banksync.adapters.web.api.shared.ListEnvelope;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.user.Role;
import org.banksync.application.user.port.in.AddUserCommand;
import org.banksync.application.user.port.in.AddUserUseCase;
import org.banksync.application.user.port.in.FindUsersQuery;
import org.banksync.domain.shared.DomainViolation;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** Users: administrators only. */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users", description = "The people who may sign in; administrators only.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class UsersResource {

    private FindUsersQuery find;
    private AddUserUseCase add;

    protected UsersResource() {
    }

    @Inject
    public UsersResource(FindUsersQuery find, AddUserUseCase add) {
        this.find = find;
        this.add = add;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List the users")
    @APIResponse(responseCode = "200", description = "Every user, by name.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ListEnvelope<UserView> list() {
        return new ListEnvelope<>(find.list().stream().map(UserView::of).toList(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Add a user with a role and an initial password")
    @APIResponse(responseCode = "201", description = "The user.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(UserRequest body, @Context UriInfo uri) {
        UserRequest request = Bodies.required(body);
        UserView view = UserView.of(add.add(new AddUserCommand(request.username(),
                request.password() == null ? null : request.password().toCharArray(), role(request.role()))));
        return Response.created(uri.getAbsolutePathBuilder().path(view.username()).build()).entity(view).build();
    }

    private static Role role(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainViolation("role", "role is required: admin or accountant");
        }
        try {
            return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainViolation("role", "role must be admin or accountant");
        }
    }
}
