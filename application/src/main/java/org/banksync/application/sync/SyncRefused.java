package org.banksync.application.sync;

import org.banksync.domain.sync.SyncOutcome;

/** A run that cannot even begin (account unlinked, connection gone): how it ends. */
final class SyncRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SyncOutcome outcome;

    SyncRefused(SyncOutcome outcome) {
        super(outcome.error().map(error -> error.message()).orElse("refused"));
        this.outcome = outcome;
    }

    SyncOutcome outcome() {
        return outcome;
    }
}
