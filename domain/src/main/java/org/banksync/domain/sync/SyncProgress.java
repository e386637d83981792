package org.banksync.domain.sync;

import org.banksync.domain.shared.Require;

/** How far a run has come: pages read and rows created, updated, deleted (tombstoned) or left unchanged. */
public record SyncProgress(int pages, int created, int updated, int deleted, int unchanged) {

    public static final SyncProgress NONE = new SyncProgress(0, 0, 0, 0, 0);

    public SyncProgress {
        Require.notNegative(pages, "pages");
        Require.notNegative(created, "created");
        Require.notNegative(updated, "updated");
        Require.notNegative(deleted, "deleted");
        Require.notNegative(unchanged, "unchanged");
    }

    /** The counts of one page. */
    public static SyncProgress page(int created, int updated, int deleted, int unchanged) {
        return new SyncProgress(1, created, updated, deleted, unchanged);
    }

    public SyncProgress plus(SyncProgress other) {
        return new SyncProgress(pages + other.pages, created + other.created, updated + other.updated,
                deleted + other.deleted, unchanged + other.unchanged);
    }

    /** Every row read, whatever became of it. */
    public int rows() {
        return created + updated + deleted + unchanged;
    }
}
