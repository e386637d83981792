package org.banksync.application.statement.port.in;

import org.banksync.domain.sync.SyncRun;

/**
 * Imports a statement file into a bank account, all of it or nothing, recorded as a sync run with
 * trigger IMPORT. A file that cannot be imported leaves a FAILED run (INVALID_FILE) and no rows.
 */
public interface ImportStatementUseCase {

    ImportOutcome importStatement(ImportStatementCommand command);

    /** The run the import left in the history, and whether the file went in. */
    sealed interface ImportOutcome {
        SyncRun run();
    }

    /** Every row of the file was stored (created, updated or found unchanged). */
    record Imported(SyncRun run) implements ImportOutcome {
    }

    /** Nothing was imported; {@code place} says where the file is at fault (null for the whole file). */
    record Refused(SyncRun run, String place, String detail) implements ImportOutcome {
    }
}
