package org.banksync.sandbox.bridge.fault;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * A fault to inject on the Bridge paths starting with pathPrefix (null: every Bridge path), for the
 * next `times` responses (null: once; for latency, until the faults are cleared).
 */
public record Fault(Kind kind, String pathPrefix, Integer times, Integer status, Integer retryAfterSeconds,
                    Long latencyMs) {

    /** What goes wrong. */
    public enum Kind {
        /** The response is delayed by latencyMs. */
        @JsonProperty("latency") LATENCY,
        /** The response is an error with the given status (500, 503, 429...), optionally with Retry-After. */
        @JsonProperty("status") STATUS,
        /** A 200 whose JSON body is cut short. */
        @JsonProperty("malformed_json") MALFORMED_JSON,
        /** The real response starts, then the connection closes half-way through the body. */
        @JsonProperty("drop_connection") DROP_CONNECTION
    }

    public Fault {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.STATUS && (status == null || status < 400 || status > 599)) {
            throw new IllegalArgumentException("a status fault needs a status between 400 and 599");
        }
        if (kind == Kind.LATENCY && (latencyMs == null || latencyMs < 0)) {
            throw new IllegalArgumentException("a latency fault needs latency_ms");
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be positive");
        }
    }

    public static Fault latency(Duration delay) {
        return new Fault(Kind.LATENCY, null, null, null, null, delay.toMillis());
    }

    public static Fault status(int status, int times) {
        return new Fault(Kind.STATUS, null, times, status, null, null);
    }

    public static Fault tooManyRequests(int times, Integer retryAfterSeconds) {
        return new Fault(Kind.STATUS, null, times, 429, retryAfterSeconds, null);
    }

    public static Fault malformedJson(int times) {
        return new Fault(Kind.MALFORMED_JSON, null, times, null, null, null);
    }

    public static Fault dropConnection(int times) {
        return new Fault(Kind.DROP_CONNECTION, null, times, null, null, null);
    }

    /** The same fault, limited to paths starting with the prefix. */
    public Fault on(String prefix) {
        return new Fault(kind, prefix, times, status, retryAfterSeconds, latencyMs);
    }

    /** The same fault, for this many responses. */
    public Fault times(int count) {
        return new Fault(kind, pathPrefix, count, status, retryAfterSeconds, latencyMs);
    }

    boolean appliesTo(String path) {
        return pathPrefix == null || path.startsWith(pathPrefix);
    }
}
