package org.banksync.application.user.port.out;

import org.banksync.application.user.ApiToken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Personal API tokens, kept by the SHA-256 of their secret. */
public interface ApiTokenRepository {

    void add(ApiToken token, String secretHash);

    /** The token with this secret hash, revoked or expired ones included (the caller decides). */
    Optional<ApiToken> findByHash(String secretHash);

    /** The user's tokens, newest first, revoked ones included. */
    List<ApiToken> findByUser(String username);

    /** Marks the user's token revoked; false when the user has no such active token. */
    boolean revoke(UUID id, String username, Instant at);

    /** Notes the token's last use (at most a write per call; callers may skip it when recent). */
    void touch(UUID id, Instant at);
}
