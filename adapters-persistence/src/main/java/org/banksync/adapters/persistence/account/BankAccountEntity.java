package org.banksync.adapters.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bank_account}. */
@Entity
@Table(name = "bank_account")
public class BankAccountEntity {
    @Id
    UUID id;
    @Column(name = "company_code", nullable = false)
    String companyCode;
    @Column(name = "bank_id", nullable = false)
    UUID bankId;
    @Column(nullable = false)
    String name;
    String iban;
    @Column(nullable = false)
    String currency;
    @Column(name = "gl_account")
    String glAccount;
    @Column(name = "provider_connection_id")
    UUID providerConnectionId;
    @Column(name = "provider_account_external_id")
    String providerAccountExternalId;
    @Column(name = "sync_start_date")
    LocalDate syncStartDate;
    @Column(name = "last_synced_at")
    Instant lastSyncedAt;
    @Column(name = "sync_watermark")
    Instant syncWatermark;
    @Column(name = "csv_mapping")
    String csvMapping;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
