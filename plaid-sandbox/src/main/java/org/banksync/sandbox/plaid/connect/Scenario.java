package org.banksync.sandbox.plaid.connect;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * What a login does at a bank, as in Plaid's Sandbox: user_good / pass_good succeeds;
 * user_transactions_dynamic succeeds with any password; user_good with the password error_&lt;CODE&gt;
 * fails with that error (e.g. error_ITEM_LOCKED); anything else is INVALID_CREDENTIALS; every login at
 * a bank that is down fails with INSTITUTION_DOWN.
 */
public final class Scenario {

    public static final String GOOD_USER = "user_good";
    public static final String GOOD_PASSWORD = "pass_good";
    public static final String DYNAMIC_USER = "user_transactions_dynamic";

    private static final Set<String> INSTITUTION_CODES = Set.of("INSTITUTION_DOWN", "INSTITUTION_NOT_RESPONDING",
            "INSTITUTION_NOT_AVAILABLE", "INSTITUTION_NO_LONGER_SUPPORTED");

    private Scenario() {
    }

    /** Empty when the login succeeds; otherwise the error Link shows (and /sandbox/public_token/create returns). */
    public static Optional<ApiError> check(Institution institution, String username, String password) {
        if (institution.down()) {
            return Optional.of(ApiError.institutionDown());
        }
        String user = username == null ? "" : username.trim();
        String secret = password == null ? "" : password;
        if (user.equals(GOOD_USER) && secret.equals(GOOD_PASSWORD)) {
            return Optional.empty();
        }
        if (user.equals(DYNAMIC_USER) && !secret.isEmpty()) {
            return Optional.empty();
        }
        if (user.equals(GOOD_USER) && secret.startsWith("error_") && secret.length() > 6) {
            String code = secret.substring(6).toUpperCase(Locale.ROOT);
            if (code.equals("INSTITUTION_DOWN")) {
                return Optional.of(ApiError.institutionDown());
            }
            String type = INSTITUTION_CODES.contains(code) ? "INSTITUTION_ERROR" : "ITEM_ERROR";
            return Optional.of(new ApiError(400, type, code, null, "the login failed with " + code + " (sandbox scenario)",
                    "The login could not be completed (" + code + "). Please try again."));
        }
        return Optional.of(ApiError.invalidCredentials());
    }
}
