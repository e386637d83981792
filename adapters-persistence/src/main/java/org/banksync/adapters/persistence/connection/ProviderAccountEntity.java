package org.banksync.adapters.persistence.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code provider_account}. */
@Entity
@Table(name = "provider_account")
public class ProviderAccountEntity {
    @Id
    UUID id;
    @Column(name = "connection_id", nullable = false)
    UUID connectionId;
    @Column(name = "external_id", nullable = false)
    String externalId;
    String name;
    String iban;
    String currency;
    String type;
    BigDecimal balance;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
