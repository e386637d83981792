package org.banksync.application.user;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as Banksync keeps it: never the secret itself (only its SHA-256), but its
 * owner, a name, the first characters to recognise it by, and when it was used, expires or was revoked.
 */
public record ApiToken(UUID id, String username, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                       Instant expiresAt, Instant revokedAt) {

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
