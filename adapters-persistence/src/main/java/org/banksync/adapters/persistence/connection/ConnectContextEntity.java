package org.banksync.adapters.persistence.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code connect_context}: a pending connect flow, known only by its token's hash. */
@Entity
@Table(name = "connect_context")
public class ConnectContextEntity {
    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "bank_id", nullable = false)
    UUID bankId;
    @Column(name = "company_code", nullable = false)
    String companyCode;
    @Column(nullable = false)
    String provider;
    @Column(nullable = false)
    String username;
    @Column(name = "connection_id")
    UUID connectionId;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;
}
