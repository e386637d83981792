package org.banksync.adapters.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.banksync.adapters.web.api.problem.Problems;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces @RolesAllowed, @PermitAll and @DenyAll on JAX-RS resources (CDI beans, not EJBs: see
 * DESIGN.md section 8), answering 401 or 403 as problem documents.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AnnotatedElement method = resource.getResourceMethod();
        AnnotatedElement type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(List.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(Arrays.asList(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(List.of()));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(Arrays.asList(type.getAnnotation(RolesAllowed.class).value())));
        }
    }

    /** Lets the request through only for a caller in one of the roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problems.of(Response.Status.UNAUTHORIZED,
                                "Credentials are required: HTTP Basic or a Bearer API token."))
                        .header("WWW-Authenticate", "Basic realm=\"Banksync\"").build());
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problems.of(Response.Status.FORBIDDEN,
                        "Your role may not do this; it needs one of: " + String.join(", ", roles) + "."));
            }
        }
    }
}
