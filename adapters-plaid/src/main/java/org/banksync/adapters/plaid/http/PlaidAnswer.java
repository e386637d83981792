package org.banksync.adapters.plaid.http;

import org.banksync.adapters.plaid.client.PlaidError;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Plaid answered to one attempt: the status, the whole body, and the raw {@code Retry-After} header. */
public record PlaidAnswer(int status, String body, String retryAfter) {

    private static final Pattern REQUEST_ID = Pattern.compile("\"request_id\"\\s*:\\s*\"([^\"]{1,64})\"");

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<PlaidError> error() {
        return isSuccess() ? Optional.empty() : PlaidError.parse(body);
    }

    /** Plaid's {@code error_code}, or null. */
    public String errorCode() {
        return error().map(PlaidError::code).orElse(null);
    }

    public boolean hasErrorCode(String code) {
        return code.equals(errorCode());
    }

    /** Plaid's {@code request_id} (every answer has one), for the log and for support; null when absent. */
    public String requestId() {
        if (body == null) {
            return null;
        }
        Matcher matcher = REQUEST_ID.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** {@code HTTP 400 (ITEM_ERROR/ITEM_LOGIN_REQUIRED: ... [request X])} for messages. */
    public String describe() {
        String requestId = requestId();
        return "HTTP " + status + error().map(error -> " (" + error.describe() + ")")
                .orElse(requestId == null ? "" : " [request " + requestId + "]");
    }
}
