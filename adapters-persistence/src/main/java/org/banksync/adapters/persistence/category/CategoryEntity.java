package org.banksync.adapters.persistence.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code transaction_category}. */
@Entity
@Table(name = "transaction_category")
public class CategoryEntity {
    @Id
    UUID id;
    @Column(name = "name_fr")
    String nameFr;
    @Column(name = "name_en")
    String nameEn;
    @Column(name = "parent_id")
    UUID parentId;
    @Column(nullable = false)
    String origin;
    String provider;
    @Column(name = "external_id")
    String externalId;
    @Column(nullable = false)
    String direction;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;
}
