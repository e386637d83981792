package org.banksync.adapters.bridge.http;

import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;

/** Turns an answer Banksync did not expect (a 4xx) into a failure a user or an operator can act on. */
public final class Failures {

    private Failures() {
    }

    /** Whether Bridge refused the application itself (credentials or API version), not this request. */
    public static boolean misconfigured(BridgeAnswer answer) {
        return (answer.status() == 401 && answer.hasErrorCode("invalid_client_credentials"))
                || (answer.status() == 400 && answer.hasErrorCode("invalid_version_header"));
    }

    public static AggregatorFailure of(BridgeAnswer answer, String call) {
        String detail = call + ": " + answer.describe();
        if (answer.status() == 401 && answer.hasErrorCode("invalid_client_credentials")) {
            return new AggregatorFailure(Kind.MISCONFIGURED, "Bridge refused Banksync's application credentials ("
                    + detail + "). An administrator must set BRIDGE_CLIENT_ID and BRIDGE_CLIENT_SECRET to the values "
                    + "of the Bridge application.");
        }
        if (answer.status() == 400 && answer.hasErrorCode("invalid_version_header")) {
            return new AggregatorFailure(Kind.MISCONFIGURED, "Bridge refused the API version "
                    + BridgeSettings.BRIDGE_VERSION + " (" + detail + "). The Bridge application must allow this "
                    + "version, or Banksync must be updated.");
        }
        if (answer.status() == 404) {
            return new AggregatorFailure(Kind.NOT_FOUND, "Bridge does not know what was asked for (" + detail
                    + "); it may have been deleted at Bridge.");
        }
        if (answer.status() == 401) {
            return new AggregatorFailure(Kind.REFUSED, "Bridge refused the company's access token even after renewing "
                    + "it (" + detail + "). Try again; if it persists, contact support.");
        }
        return new AggregatorFailure(Kind.REFUSED, "Bridge refused the request (" + detail + "). Try again; if it "
                + "persists, contact support with this message.");
    }
}
