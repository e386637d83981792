package org.banksync.sandbox.plaid.fault;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * A fault to inject on the Plaid paths starting with pathPrefix (null: every Plaid path), for the next
 * `times` calls (null: once; for latency, until the faults are cleared). errorCode overrides the
 * error_code of a rate_limit_exceeded fault (default: the endpoint's own, e.g. TRANSACTIONS_SYNC_LIMIT).
 */
public record Fault(Kind kind, String pathPrefix, Integer times, String errorCode, Long latencyMs) {

    /** What goes wrong. */
    public enum Kind {
        /** 400 INSTITUTION_ERROR / INSTITUTION_DOWN. */
        @JsonProperty("institution_down") INSTITUTION_DOWN,
        /** 400 INSTITUTION_ERROR / INSTITUTION_NOT_RESPONDING. */
        @JsonProperty("institution_not_responding") INSTITUTION_NOT_RESPONDING,
        /** 500 API_ERROR / INTERNAL_SERVER_ERROR. */
        @JsonProperty("internal_server_error") INTERNAL_SERVER_ERROR,
        /** 503 API_ERROR / PLANNED_MAINTENANCE. */
        @JsonProperty("planned_maintenance") PLANNED_MAINTENANCE,
        /** 429 RATE_LIMIT_EXCEEDED / the endpoint's limit code. */
        @JsonProperty("rate_limit_exceeded") RATE_LIMIT_EXCEEDED,
        /** The answer is delayed by latencyMs. */
        @JsonProperty("latency") LATENCY
    }

    public Fault {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.LATENCY && (latencyMs == null || latencyMs < 0)) {
            throw new IllegalArgumentException("a latency fault needs latency_ms");
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be positive");
        }
    }

    public static Fault institutionDown(int times) {
        return new Fault(Kind.INSTITUTION_DOWN, null, times, null, null);
    }

    public static Fault institutionNotResponding(int times) {
        return new Fault(Kind.INSTITUTION_NOT_RESPONDING, null, times, null, null);
    }

    public static Fault internalServerError(int times) {
        return new Fault(Kind.INTERNAL_SERVER_ERROR, null, times, null, null);
    }

    public static Fault plannedMaintenance(int times) {
        return new Fault(Kind.PLANNED_MAINTENANCE, null, times, null, null);
    }

    public static Fault rateLimitExceeded(int times) {
        return new Fault(Kind.RATE_LIMIT_EXCEEDED, null, times, null, null);
    }

    public static Fault latency(Duration delay) {
        return new Fault(Kind.LATENCY, null, null, null, delay.toMillis());
    }

    /** The same fault, limited to paths starting with the prefix (e.g. /transactions/sync). */
    public Fault on(String prefix) {
        return new Fault(kind, prefix, times, errorCode, latencyMs);
    }

    /** The same fault with another error_code (rate limits). */
    public Fault withErrorCode(String code) {
        return new Fault(kind, pathPrefix, times, code, latencyMs);
    }

    boolean appliesTo(String path) {
        return pathPrefix == null || path.startsWith(pathPrefix);
    }

    /** The error a call to path gets from this fault. */
    public ApiError toError(String path) {
        return switch (kind) {
            case INSTITUTION_DOWN -> ApiError.institutionDown();
            case INSTITUTION_NOT_RESPONDING -> new ApiError(400, "INSTITUTION_ERROR", "INSTITUTION_NOT_RESPONDING", null,
                    "this institution is failing to respond to this request. please try again soon",
                    "This financial institution is not currently responding to requests. We apologize for the inconvenience.");
            case INTERNAL_SERVER_ERROR -> ApiError.internal("an unexpected error occurred (injected fault)");
            case PLANNED_MAINTENANCE -> new ApiError(503, "API_ERROR", "PLANNED_MAINTENANCE", null,
                    "the Plaid API is temporarily unavailable due to planned maintenance. visit https://status.plaid.com/"
                            + " for more information",
                    "This service is temporarily unavailable due to planned maintenance. Please try again later.");
            case RATE_LIMIT_EXCEEDED -> RateLimiter.tooManyRequests(
                    errorCode != null ? errorCode : RateLimiter.errorCodeFor(path), "this item");
            case LATENCY -> throw new IllegalStateException("latency is not an error");
        };
    }
}
