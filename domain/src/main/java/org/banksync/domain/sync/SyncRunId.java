package org.banksync.domain.sync;

import java.util.UUID;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.Uuid7;

/** Identifies a {@link SyncRun}. */
public record SyncRunId(UUID value) {

    public SyncRunId {
        Require.present(value, "syncRunId");
    }

    public static SyncRunId newId() {
        return new SyncRunId(Uuid7.next());
    }

    public static SyncRunId of(UUID value) {
        return new SyncRunId(value);
    }

    public static SyncRunId parse(String text) {
        return new SyncRunId(Uuid7.parse(text, "syncRunId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
