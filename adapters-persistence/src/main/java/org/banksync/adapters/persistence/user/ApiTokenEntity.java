package org.banksync.adapters.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_token}: the secret's SHA-256, never the secret. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String username;
    @Column(nullable = false)
    String name;
    @Column(name = "token_hash", nullable = false)
    String tokenHash;
    @Column(nullable = false)
    String prefix;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "last_used_at")
    Instant lastUsedAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "revoked_at")
    Instant revokedAt;
}
