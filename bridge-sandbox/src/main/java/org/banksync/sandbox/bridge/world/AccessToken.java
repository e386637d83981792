package org.banksync.sandbox.bridge.world;

import java.time.Instant;

/** A user access token, valid two hours on the sandbox clock. */
public record AccessToken(String value, String userUuid, Instant expiresAt) {

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
