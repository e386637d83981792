package org.banksync.adapters.web.api.sync;

import org.banksync.domain.sync.SyncError;
import org.banksync.domain.sync.SyncRun;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run as the API shows it (API.md "SyncRun"). */
@Schema(name = "SyncRun", description = "A synchronisation or import run and its progress (API.md \"SyncRun\").")
public record SyncRunView(
        @Schema(description = "The run's identifier.") String id,
        @Schema(description = "The bank account's identifier.") String bankAccountId,
        @Schema(description = "What started it.", enumeration = {"USER", "SCHEDULE", "WEBHOOK", "IMPORT", "API"}) String trigger,
        @Schema(description = "Its state.", enumeration = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"}) String state,
        @Schema(description = "The date it synchronises from.", format = "date", nullable = true) String since,
        @Schema(description = "When it was queued (UTC).", format = "date-time") String queuedAt,
        @Schema(description = "When it started (UTC).", format = "date-time", nullable = true) String startedAt,
        @Schema(description = "When it finished (UTC).", format = "date-time", nullable = true) String finishedAt,
        @Schema(description = "Pages read from the source.") int pages,
        @Schema(description = "Transactions created.") int created,
        @Schema(description = "Transactions updated.") int updated,
        @Schema(description = "Transactions deleted (tombstoned).") int deleted,
        @Schema(description = "Transactions read and unchanged.") int unchanged,
        @Schema(description = "Why it failed, null unless FAILED.", nullable = true) ErrorView error) {

    public static SyncRunView of(SyncRun run) {
        return new SyncRunView(run.id().toString(), run.bankAccountId().toString(), run.trigger().name(), run.state().name(),
                run.since() == null ? null : run.since().toString(), run.queuedAt().toString(),
                run.startedAt() == null ? null : run.startedAt().toString(),
                run.finishedAt() == null ? null : run.finishedAt().toString(),
                run.progress().pages(), run.progress().created(), run.progress().updated(), run.progress().deleted(),
                run.progress().unchanged(), run.error() == null ? null : ErrorView.of(run.error()));
    }

    /** Why a run failed and what to do about it. */
    @Schema(name = "SyncError", description = "Why a run failed and what to do about it.")
    public record ErrorView(
            @Schema(description = "The failure's code.", example = "CONSENT_EXPIRED", enumeration = {"CONSENT_EXPIRED",
                    "ACTION_NEEDED", "PROVIDER_UNAVAILABLE", "RATE_LIMITED", "INVALID_DATA", "INVALID_FILE"}) String code,
            @Schema(description = "What happened.") String message,
            @Schema(description = "What to do about it.", nullable = true) String remedy) {
        static ErrorView of(SyncError error) {
            return new ErrorView(error.code().name(), error.message(), error.remedy());
        }
    }
}
