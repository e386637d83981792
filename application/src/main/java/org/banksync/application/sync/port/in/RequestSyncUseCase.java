package org.banksync.application.sync.port.in;

import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.Require;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;

import java.time.LocalDate;

/**
 * "Synchronisation > Update bank accounts", the daily schedule, a webhook or the API: queues a run
 * for a linked bank account and returns at once. An account with a run already queued or running
 * gets that run back instead of a second one.
 */
public interface RequestSyncUseCase {

    SyncRequest request(RequestSyncCommand command);

    /** The account, the sync start date (required the first time, optional afterwards) and who asks. */
    record RequestSyncCommand(BankAccountId bankAccountId, LocalDate since, SyncTrigger trigger) {
        public RequestSyncCommand {
            Require.present(bankAccountId, "bankAccountId");
            Require.present(trigger, "trigger");
        }
    }

    /** A new run was queued, or the account's active run is answered. */
    sealed interface SyncRequest {
        SyncRun run();

        /** Queued now. */
        record Queued(SyncRun run) implements SyncRequest {
        }

        /** A run was already queued or running for the account: this one. */
        record AlreadyActive(SyncRun run) implements SyncRequest {
        }
    }
}
