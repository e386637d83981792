package org.banksync.adapters.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The one JAX-RS application, under /api so that it never captures the Faces pages. */
@ApplicationPath("api")
@DeclareRoles({"admin", "accountant"})
public class ApiApplication extends Application {
}
