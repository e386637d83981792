package org.banksync.adapters.persistence.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code bank_connection}. The Plaid columns ({@code access_token_enc}, {@code sync_cursor}) are left
 * unmapped until Plaid needs them, so saving a connection never touches them.
 */
@Entity
@Table(name = "bank_connection")
public class BankConnectionEntity {
    @Id
    UUID id;
    @Column(name = "bank_id", nullable = false)
    UUID bankId;
    @Column(name = "company_code", nullable = false)
    String companyCode;
    @Column(nullable = false)
    String provider;
    @Column(name = "external_item_id")
    String externalItemId;
    @Column(nullable = false)
    String state;
    @Column(name = "state_detail")
    String stateDetail;
    @Column(name = "consent_expires_at")
    Instant consentExpiresAt;
    @Column(name = "last_refresh_at")
    Instant lastRefreshAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
