package org.banksync.sandbox.bridge.http;

import java.util.Map;

/** An expected failure that becomes a Bridge error response: {"errors":[{code,property,message}]}. */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String property;
    private final transient Map<String, String> headers;

    public ApiError(int status, String code, String property, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.property = property;
        this.headers = Map.copyOf(headers);
    }

    public ApiError(int status, String code, String property, String message) {
        this(status, code, property, message, Map.of());
    }

    public static ApiError invalid(String property, String message) {
        return new ApiError(400, "invalid_parameter", property, message);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not_found", null, what + " not found");
    }

    public static ApiError unauthorized(String code, String message) {
        return new ApiError(401, code, null, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String property() {
        return property;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The response Bridge would send for this error. */
    public Response toResponse() {
        return Response.error(status, code, property, getMessage()).withHeaders(headers);
    }
}
