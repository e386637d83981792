package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.banksync.application.connection.port.out.AggregatorFailure;

/** The aggregator did not give what was needed: 503 when it may work later, 502 when it answered wrongly, 409 when its item is gone. */
@Provider
public class AggregatorFailureMapper implements ExceptionMapper<AggregatorFailure> {

    @Override
    public Response toResponse(AggregatorFailure failure) {
        return switch (failure.kind()) {
            case UNAVAILABLE, RATE_LIMITED -> Response.fromResponse(Problems.of(Response.Status.SERVICE_UNAVAILABLE,
                    failure.getMessage())).header("Retry-After", "60").build();
            case NOT_FOUND -> Problems.of(Response.Status.CONFLICT, failure.getMessage());
            case MISCONFIGURED, INVALID_RESPONSE, REFUSED -> Problems.of(Response.Status.BAD_GATEWAY, failure.getMessage());
        };
    }
}
