package org.banksync.adapters.plaid.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * No usable answer: the connection failed, timed out or broke mid-answer. {@code mayHaveArrived}
 * is false only when the request certainly never reached Plaid (it matters for the token exchange,
 * which works once).
 */
public final class TransportFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveArrived;

    TransportFailure(String detail, boolean mayHaveArrived, Throwable cause) {
        super(detail, cause);
        this.mayHaveArrived = mayHaveArrived;
    }

    /** Classifies a failure to send or to receive, from the cause the HTTP client reported. */
    static TransportFailure of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (notSent(cause)) {
                break;
            }
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new TransportFailure(detail, !notSent(cause), failure);
    }

    private static boolean notSent(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException) {
            return true;
        }
        return cause instanceof SocketTimeoutException && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }

    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }
}
