package org.banksync.adapters.persistence.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A row of {@code company}. */
@Entity
@Table(name = "company")
public class CompanyEntity {
    @Id
    String code;
    @Column(nullable = false)
    String name;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Version
    long version;
}
