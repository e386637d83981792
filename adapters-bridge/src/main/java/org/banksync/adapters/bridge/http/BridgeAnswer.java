package org.banksync.adapters.bridge.http;

import org.banksync.adapters.bridge.client.BridgeError;

import java.util.Optional;

/** What Bridge answered to one attempt: the status, the whole body, and the raw {@code Retry-After} header. */
public record BridgeAnswer(int status, String body, String retryAfter) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<BridgeError> error() {
        return BridgeError.parse(body);
    }

    /** Whether Bridge's error code is this one (compared case-insensitively). */
    public boolean hasErrorCode(String code) {
        return error().map(BridgeError::code).filter(code::equalsIgnoreCase).isPresent();
    }

    /** {@code HTTP 503 (service_unavailable: ...)} for messages. */
    public String describe() {
        return "HTTP " + status + error().map(error -> " (" + error.describe() + ")").orElse("");
    }
}
