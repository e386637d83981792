package org.banksync.adapters.web.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A body that is not JSON, or JSON of the wrong shape, arrives wrapped in a ProcessingException by
 * the JAX-RS runtime: answered 400. Any other processing failure is ours: 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(MalformedJsonMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.of(Response.Status.BAD_REQUEST, "The body is not valid JSON for this operation: "
                        + rootMessage(exception));
            }
        }
        LOG.log(Level.SEVERE, "Unexpected processing failure", exception);
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. It has been logged.");
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
