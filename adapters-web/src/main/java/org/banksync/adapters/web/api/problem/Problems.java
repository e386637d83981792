package org.banksync.adapters.web.api.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses with the type URIs and titles that clients may switch on. */
public final class Problems {

    private Problems() {
    }

    public static Response of(Response.StatusType status, String detail) {
        return of(status, detail, null);
    }

    public static Response of(Response.StatusType status, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(typeOf(status.getStatusCode()), status.getReasonPhrase(), status.getStatusCode(),
                detail, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response invalidField(Response.StatusType status, String field, String message) {
        return of(status, message, List.of(new Problem.FieldError(field, message)));
    }

    private static String typeOf(int status) {
        return switch (status) {
            case 400 -> "urn:banksync:problem:malformed-request";
            case 401 -> "urn:banksync:problem:unauthenticated";
            case 403 -> "urn:banksync:problem:forbidden";
            case 404 -> "urn:banksync:problem:not-found";
            case 405 -> "urn:banksync:problem:method-not-allowed";
            case 409 -> "urn:banksync:problem:conflict";
            case 412 -> "urn:banksync:problem:precondition-failed";
            case 415 -> "urn:banksync:problem:unsupported-media-type";
            case 422 -> "urn:banksync:problem:rule-violated";
            default -> status >= 500 ? "urn:banksync:problem:internal" : "about:blank";
        };
    }
}
