package org.banksync.adapters.plaid.http;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;

import java.time.Duration;

/**
 * Why an attempt gave no usable answer, and whether Plaid certainly did not act on the request
 * (which decides whether the token exchange may be sent again).
 *
 * @param retryAfter how long we were asked to wait, or null
 */
record Setback(Cause cause, String detail, Duration retryAfter) {

    /** The kinds of setback the retry policy tells apart. */
    enum Cause {
        /** 500, 502, 504...: Plaid may have acted before failing. */
        SERVER_ERROR,
        /** 503 (PLANNED_MAINTENANCE): Plaid did not handle the request. */
        SERVICE_UNAVAILABLE,
        /** 429 RATE_LIMIT_EXCEEDED: refused before any processing. */
        TOO_MANY_REQUESTS,
        /** 400 INSTITUTION_DOWN, INSTITUTION_NOT_RESPONDING...: the bank did not answer Plaid. */
        INSTITUTION,
        /** The connection could not be opened: nothing was sent. */
        NOT_SENT,
        /** The connection broke or timed out after the request may have arrived. */
        CONNECTION_LOST,
        /** This instance already has as many calls in flight as its bulkhead allows: nothing was sent. */
        BUSY
    }

    /** Whether Plaid certainly did nothing with the request. */
    boolean certainlyNotProcessed() {
        return switch (cause) {
            case TOO_MANY_REQUESTS, NOT_SENT, BUSY, SERVICE_UNAVAILABLE, INSTITUTION -> true;
            case SERVER_ERROR, CONNECTION_LOST -> false;
        };
    }

    /** The failure to report once no more attempts will be made. */
    AggregatorFailure failure(String call, int attempts, String why) {
        String tried = attempts == 1 ? "" : " after " + attempts + " attempts";
        return switch (cause) {
            case TOO_MANY_REQUESTS -> new AggregatorFailure(Kind.RATE_LIMITED, "Plaid is limiting Banksync's requests ("
                    + call + ": " + detail + ")" + tried + why + ". Try again in a few minutes.");
            case INSTITUTION -> new AggregatorFailure(Kind.UNAVAILABLE, "The bank is not answering Plaid (" + call + ": "
                    + detail + ")" + tried + why + ". Try again later.");
            case NOT_SENT, CONNECTION_LOST -> new AggregatorFailure(Kind.UNAVAILABLE, "Banksync could not reach Plaid ("
                    + call + ": " + detail + ")" + tried + why + ". Try again in a few minutes; if it persists, an "
                    + "operator should check the network and PLAID_BASE_URL.");
            case SERVER_ERROR, SERVICE_UNAVAILABLE, BUSY -> new AggregatorFailure(Kind.UNAVAILABLE,
                    "Plaid is not answering properly (" + call + ": " + detail + ")" + tried + why
                            + ". Try again in a few minutes.");
        };
    }
}
