package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.banksync.domain.shared.DomainViolation;

/** A well-formed request that breaks a rule of the domain: 422, naming the field. */
@Provider
public class DomainViolationMapper implements ExceptionMapper<DomainViolation> {

    private static final java.util.Set<String> PAGING_PARAMETERS = java.util.Set.of("limit", "cursor");

    @Override
    public Response toResponse(DomainViolation violation) {
        // Paging parameters are part of the request's form, not of a rule: a bad one is malformed (API.md).
        Response.StatusType status = PAGING_PARAMETERS.contains(violation.field()) ? Response.Status.BAD_REQUEST : Status422.INSTANCE;
        return Problems.invalidField(status, violation.field(), violation.getMessage());
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
