package org.banksync.adapters.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** The one JAX-RS application, under /api so that it never captures the Faces pages. */
@ApplicationPath("api")
@DeclareRoles({"admin", "accountant"})
public class ApiApplication extends Application {

    /**
     * Jersey (Payara's JAX-RS) reads multipart bodies into {@code EntityPart}s only with its multipart feature on;
     * it is named, not imported, so the code depends on the Jakarta REST API alone.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
