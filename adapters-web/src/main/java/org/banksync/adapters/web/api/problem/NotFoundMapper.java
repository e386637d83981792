package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.banksync.application.shared.NotFound;

/** The resource a path names does not exist: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Override
    public Response toResponse(NotFound notFound) {
        return Problems.of(Response.Status.NOT_FOUND, "There is no " + notFound.kind() + " " + notFound.id() + ".");
    }
}
