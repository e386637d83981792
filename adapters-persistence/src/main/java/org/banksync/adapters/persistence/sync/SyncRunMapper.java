package org.banksync.adapters.persistence.sync;

import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncError;
import org.banksync.domain.sync.SyncErrorCode;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.sync.SyncTrigger;

/** Translates between {@link SyncRun} and {@link SyncRunEntity}. */
final class SyncRunMapper {
    private SyncRunMapper() {
    }

    static SyncRun toDomain(SyncRunEntity row) {
        SyncError error = row.errorCode == null ? null
                : new SyncError(SyncErrorCode.valueOf(row.errorCode), row.errorMessage, row.errorRemedy);
        return SyncRun.reconstitute(SyncRunId.of(row.id), BankAccountId.of(row.bankAccountId),
                SyncTrigger.valueOf(row.trigger), row.since, SyncRunState.valueOf(row.state), row.resumePoint,
                new SyncProgress(row.pages, row.createdCount, row.updatedCount, row.deletedCount, row.unchangedCount),
                error, row.queuedAt, row.startedAt, row.finishedAt);
    }

    static void copy(SyncRun run, SyncRunEntity row) {
        row.id = run.id().value();
        row.bankAccountId = run.bankAccountId().value();
        row.trigger = run.trigger().name();
        row.since = run.since();
        row.state = run.state().name();
        row.resumePoint = run.resumePoint();
        SyncProgress progress = run.progress();
        row.pages = progress.pages();
        row.createdCount = progress.created();
        row.updatedCount = progress.updated();
        row.deletedCount = progress.deleted();
        row.unchangedCount = progress.unchanged();
        SyncError error = run.error();
        row.errorCode = error == null ? null : error.code().name();
        row.errorMessage = error == null ? null : error.message();
        row.errorRemedy = error == null ? null : error.remedy();
        row.queuedAt = run.queuedAt();
        row.startedAt = run.startedAt();
        row.finishedAt = run.finishedAt();
    }
}
