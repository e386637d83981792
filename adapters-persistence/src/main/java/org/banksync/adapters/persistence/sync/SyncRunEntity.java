package org.banksync.adapters.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code sync_run}, as far as the domain knows it. The lease ({@code lease_owner}, {@code lease_expires_at},
 * {@code attempts}) belongs to {@link JpaSyncRunQueue} and the statement file ({@code file_name},
 * {@code file_sha256}) to the import; they are left unmapped so that saving a run can never overwrite them.
 */
@Entity
@Table(name = "sync_run")
public class SyncRunEntity {
    @Id
    UUID id;
    @Column(name = "bank_account_id", nullable = false)
    UUID bankAccountId;
    @Column(nullable = false)
    String trigger;
    LocalDate since;
    @Column(nullable = false)
    String state;
    @Column(name = "resume_point")
    String resumePoint;
    @Column(nullable = false)
    int pages;
    @Column(name = "created_count", nullable = false)
    int createdCount;
    @Column(name = "updated_count", nullable = false)
    int updatedCount;
    @Column(name = "deleted_count", nullable = false)
    int deletedCount;
    @Column(name = "unchanged_count", nullable = false)
    int unchangedCount;
    @Column(name = "error_code")
    String errorCode;
    @Column(name = "error_message")
    String errorMessage;
    @Column(name = "error_remedy")
    String errorRemedy;
    @Column(name = "queued_at", nullable = false)
    Instant queuedAt;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
    @Version
    long version;
}
