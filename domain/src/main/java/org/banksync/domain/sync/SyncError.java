package org.banksync.domain.sync;

import org.banksync.domain.shared.Require;

/** How a run failed: a code, what happened, and what the user can do about it (the remedy may be unknown). */
public record SyncError(SyncErrorCode code, String message, String remedy) {

    public SyncError {
        Require.present(code, "code");
        message = Require.text(message, "message", 2000);
        remedy = Require.optionalText(remedy, "remedy", 2000);
    }
}
