package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.banksync.adapters.web.api.shared.InvalidParameter;

/** A malformed parameter: 400, naming it. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameter> {

    @Override
    public Response toResponse(InvalidParameter invalid) {
        return Problems.invalidField(Response.Status.BAD_REQUEST, invalid.parameter(), invalid.getMessage());
    }
}
