package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.banksync.application.shared.Conflict;

/** Valid, but the current state forbids it: 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<Conflict> {

    @Override
    public Response toResponse(Conflict conflict) {
        return Problems.of(Response.Status.CONFLICT, conflict.getMessage());
    }
}
