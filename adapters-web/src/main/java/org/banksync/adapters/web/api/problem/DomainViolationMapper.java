package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.banksync.domain.shared.DomainViolation;

/** A well-formed request that breaks a rule of the domain: 422, naming the field. */
@Provider
public class DomainViolationMapper implements ExceptionMapper<DomainViolation> {

    @Override
    public Response toResponse(DomainViolation violation) {
        return Problems.invalidField(Status422.INSTANCE, violation.field(), violation.getMessage());
    }

    /** JAX-RS has no constant for 422 Unprocessable Content. */
    enum Status422 implements Response.StatusType {
        INSTANCE;

        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
