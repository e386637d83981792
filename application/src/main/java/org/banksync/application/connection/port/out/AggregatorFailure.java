package org.banksync.application.connection.port.out;

/** An aggregator call that did not give what was asked, with what the user can do about it. */
public final class AggregatorFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the aggregator call failed, as far as the caller needs to know. */
    public enum Kind {
        /** Down, timing out, 5xx after retries: try again later. */
        UNAVAILABLE,
        /** Over the aggregator's rate limit after waiting: try again later. */
        RATE_LIMITED,
        /** The aggregator refused our application's credentials: an operator must fix the configuration. */
        MISCONFIGURED,
        /** The item, account or user does not exist (any more) at the aggregator. */
        NOT_FOUND,
        /** The aggregator answered something we cannot read. */
        INVALID_RESPONSE,
        /** The aggregator refused the request itself (a 4xx we did not expect). */
        REFUSED
    }

    private final Kind kind;

    public AggregatorFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AggregatorFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
