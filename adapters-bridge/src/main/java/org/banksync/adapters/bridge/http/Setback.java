package org.banksync.adapters.bridge.http;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;

import java.time.Duration;

/**
 * Why an attempt gave no usable answer, and whether Bridge certainly did not act on the request
 * (which decides whether a call that is not safe to repeat may be sent again).
 *
 * @param retryAfter how long Bridge asked us to wait, or null
 */
record Setback(Cause cause, String detail, Duration retryAfter) {

    /** The kinds of setback the retry policy tells apart. */
    enum Cause {
        /** 500, 502, 504...: Bridge may have acted before failing. */
        SERVER_ERROR,
        /** 503: Bridge did not handle the request (certainly so when it says when to come back). */
        SERVICE_UNAVAILABLE,
        /** 429: refused by Bridge's rate limiter before any processing. */
        TOO_MANY_REQUESTS,
        /** The connection could not be opened: nothing was sent. */
        NOT_SENT,
        /** The connection broke or timed out after the request may have arrived. */
        CONNECTION_LOST,
        /** This instance already has as many calls in flight as its bulkhead allows: nothing was sent. */
        BUSY
    }

    /** Whether Bridge certainly did nothing with the request. */
    boolean certainlyNotProcessed() {
        return switch (cause) {
            case TOO_MANY_REQUESTS, NOT_SENT, BUSY -> true;
            case SERVICE_UNAVAILABLE -> retryAfter != null;
            case SERVER_ERROR, CONNECTION_LOST -> false;
        };
    }

    /** The failure to report once no more attempts will be made. */
    AggregatorFailure failure(String call, int attempts, String why) {
        String tried = attempts == 1 ? "" : " after " + attempts + " attempts";
        return switch (cause) {
            case TOO_MANY_REQUESTS -> new AggregatorFailure(Kind.RATE_LIMITED, "Bridge is limiting Banksync's requests ("
                    + call + ": " + detail + ")" + tried + why + ". Try again in a few minutes.");
            case NOT_SENT, CONNECTION_LOST -> new AggregatorFailure(Kind.UNAVAILABLE, "Banksync could not reach Bridge ("
                    + call + ": " + detail + ")" + tried + why + ". Try again in a few minutes; if it persists, an "
                    + "operator should check the network and BRIDGE_BASE_URL.");
            case SERVER_ERROR, SERVICE_UNAVAILABLE, BUSY -> new AggregatorFailure(Kind.UNAVAILABLE,
                    "Bridge is not answering properly (" + call + ": " + detail + ")" + tried + why
                            + ". Try again in a few minutes.");
        };
    }
}
