package org.banksync.domain.transaction;

import java.time.Instant;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/** Marks a transaction deleted without removing its row; REPLACED names the transaction that took its place. */
public record Tombstone(Instant deletedAt, TombstoneReason reason, TransactionId replacedBy) {

    public Tombstone {
        Require.present(deletedAt, "deletedAt");
        Require.present(reason, "reason");
        if (reason == TombstoneReason.REPLACED && replacedBy == null) {
            throw new DomainViolation("replacedBy", "a REPLACED tombstone must name the transaction that replaced it");
        }
        if (reason == TombstoneReason.DELETED_AT_SOURCE && replacedBy != null) {
            throw new DomainViolation("replacedBy", "a transaction deleted at its source is replaced by nothing");
        }
    }

    public static Tombstone deletedAtSource(Instant deletedAt) {
        return new Tombstone(deletedAt, TombstoneReason.DELETED_AT_SOURCE, null);
    }

    public static Tombstone replacedBy(TransactionId replacement, Instant deletedAt) {
        return new Tombstone(deletedAt, TombstoneReason.REPLACED, replacement);
    }
}
