package org.banksync.adapters.web.api.sync;

import org.banksync.domain.sync.SyncError;
import org.banksync.domain.sync.SyncRun;

/** A run as the API shows it (API.md "SyncRun"). */
public record SyncRunView(String id, String bankAccountId, String trigger, String state, String since, String queuedAt,
                          String startedAt, String finishedAt, int pages, int created, int updated, int deleted,
                          int unchanged, ErrorView error) {

    public static SyncRunView of(SyncRun run) {
        return new SyncRunView(run.id().toString(), run.bankAccountId().toString(), run.trigger().name(), run.state().name(),
                run.since() == null ? null : run.since().toString(), run.queuedAt().toString(),
                run.startedAt() == null ? null : run.startedAt().toString(),
                run.finishedAt() == null ? null : run.finishedAt().toString(),
                run.progress().pages(), run.progress().created(), run.progress().updated(), run.progress().deleted(),
                run.progress().unchanged(), run.error() == null ? null : ErrorView.of(run.error()));
    }

    /** Why a run failed and what to do about it. */
    public record ErrorView(String code, String message, String remedy) {
        static ErrorView of(SyncError error) {
            return new ErrorView(error.code().name(), error.message(), error.remedy());
        }
    }
}
