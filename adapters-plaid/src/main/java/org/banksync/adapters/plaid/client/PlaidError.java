package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * Plaid's error body ({@code error_type, error_code, error_code_reason, error_message,
 * display_message, request_id}); also the {@code error} object of an item or a webhook. Callers
 * branch on {@code error_code}, never on the HTTP status.
 */
public record PlaidError(String type, String code, String reason, String message, String displayMessage,
                         String requestId) {

    public static Optional<PlaidError> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return from(WireJson.object(body, "an error"));
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /** The error described by this object, if it names a code at least. */
    public static Optional<PlaidError> from(JsonObject object) {
        if (object == null) {
            return Optional.empty();
        }
        try {
            String code = WireJson.raw(object, "error_code");
            if (code == null) {
                return Optional.empty();
            }
            return Optional.of(new PlaidError(WireJson.raw(object, "error_type"), code,
                    WireJson.raw(object, "error_code_reason"), WireJson.raw(object, "error_message"),
                    WireJson.raw(object, "display_message"), WireJson.raw(object, "request_id")));
        } catch (IllegalArgumentException odd) {
            return Optional.empty();
        }
    }

    /** Whether this is an institution's failure (INSTITUTION_DOWN, INSTITUTION_NOT_RESPONDING...), worth retrying. */
    public boolean isInstitutionError() {
        return "INSTITUTION_ERROR".equals(type) || (code != null && code.startsWith("INSTITUTION_"));
    }

    /** {@code ITEM_ERROR/ITEM_LOGIN_REQUIRED (OAUTH_CONSENT_EXPIRED): message [request id]} with what Plaid gave. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (type != null) {
            text.append(type).append('/');
        }
        text.append(code);
        if (reason != null) {
            text.append(" (").append(reason).append(')');
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (requestId != null) {
            text.append(" [request ").append(requestId).append(']');
        }
        return text.toString();
    }
}
