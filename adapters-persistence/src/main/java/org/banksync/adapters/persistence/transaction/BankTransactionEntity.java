package org.banksync.adapters.persistence.transaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bank_transaction}. */
@Entity
@Table(name = "bank_transaction")
public class BankTransactionEntity {
    @Id
    UUID id;
    @Column(name = "bank_account_id", nullable = false)
    UUID bankAccountId;
    @Column(nullable = false)
    String source;
    @Column(name = "external_id", nullable = false)
    String externalId;
    @Column(name = "booking_date", nullable = false)
    LocalDate bookingDate;
    @Column(name = "value_date")
    LocalDate valueDate;
    @Column(nullable = false)
    BigDecimal amount;
    @Column(nullable = false)
    String currency;
    String description;
    @Column(name = "raw_description")
    String rawDescription;
    @Column(name = "operation_type")
    String operationType;
    @Column(name = "provider_category_external_id")
    String providerCategoryExternalId;
    @Column(name = "category_id")
    UUID categoryId;
    @Column(name = "category_source")
    String categorySource;
    @Column(nullable = false)
    String status;
    @Column(name = "deleted_at")
    Instant deletedAt;
    @Column(name = "deleted_reason")
    String deletedReason;
    @Column(name = "replaced_by")
    UUID replacedBy;
    @Column(name = "source_updated_at")
    Instant sourceUpdatedAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
