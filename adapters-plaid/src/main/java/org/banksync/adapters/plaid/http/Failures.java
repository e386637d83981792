package org.banksync.adapters.plaid.http;

import org.banksync.adapters.plaid.client.PlaidError;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;

import java.util.Set;

/** Turns an answer Banksync did not expect (a 4xx) into a failure a user or an operator can act on, by Plaid's {@code error_code}. */
public final class Failures {

    /** Plaid no longer knows the Item or its access token. */
    public static final Set<String> ITEM_GONE = Set.of("ITEM_NOT_FOUND", "INVALID_ACCESS_TOKEN");
    private static final Set<String> MISCONFIGURED = Set.of("INVALID_API_KEYS", "INVALID_HEADERS", "UNAUTHORIZED_ENVIRONMENT",
            "INVALID_PRODUCT");

    private Failures() {
    }

    public static AggregatorFailure of(PlaidAnswer answer, String call) {
        String detail = call + ": " + answer.describe();
        String code = answer.error().map(PlaidError::code).orElse(null);
        if (code != null && MISCONFIGURED.contains(code)) {
            return new AggregatorFailure(Kind.MISCONFIGURED, "Plaid refused Banksync's application (" + detail + "). An "
                    + "administrator must set PLAID_CLIENT_ID and PLAID_SECRET to the keys of the Plaid application for "
                    + "this environment (PLAID_BASE_URL), with the Transactions product enabled.");
        }
        if (code != null && ITEM_GONE.contains(code)) {
            return new AggregatorFailure(Kind.NOT_FOUND, "Plaid no longer knows this bank connection (" + detail
                    + "); connect the bank again.");
        }
        if ("ITEM_LOGIN_REQUIRED".equals(code)) {
            return new AggregatorFailure(Kind.REFUSED, "The bank asks you to log in again (its consent expired, was "
                    + "revoked, or the login changed): use Reconnect on the bank's page, then synchronise again ("
                    + detail + ").");
        }
        if (answer.status() == 404) {
            return new AggregatorFailure(Kind.MISCONFIGURED, "Plaid does not know the address Banksync called (" + detail
                    + "); an operator should check PLAID_BASE_URL.");
        }
        return new AggregatorFailure(Kind.REFUSED, "Plaid refused the request (" + detail + "). Try again; if it "
                + "persists, contact support with this message.");
    }
}
