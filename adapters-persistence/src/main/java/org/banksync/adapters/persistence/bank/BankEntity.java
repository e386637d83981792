package org.banksync.adapters.persistence.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code bank}. */
@Entity
@Table(name = "bank")
public class BankEntity {
    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    String bic;
    String website;
    @Column(name = "logo_url")
    String logoUrl;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
