package org.banksync.adapters.web.ui.sync;

import org.banksync.adapters.web.ui.DisplayClock;
import org.banksync.domain.sync.SyncError;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunState;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A sync run as the pages show it: which account, what asked for it, when, how long, how far (pages and
 * counts), and for a failure what happened and what to do.
 */
public record RunView(String id, String accountId, String account, String trigger, String state, boolean active,
                      boolean succeeded, boolean failed, LocalDate since, LocalDateTime queuedAt, LocalDateTime startedAt,
                      String duration, int pages, int created, int updated, int deleted, int unchanged, String errorCode,
                      String errorMessage, String remedy) implements Serializable {

    static RunView of(SyncRun run, String accountName, DisplayClock clock) {
        SyncProgress progress = run.progress();
        SyncError error = run.error();
        return new RunView(run.id().toString(), run.bankAccountId().toString(), accountName, run.trigger().name(),
                run.state().name(), run.isActive(), run.state() == SyncRunState.SUCCEEDED, run.state() == SyncRunState.FAILED,
                run.since(), clock.local(run.queuedAt()), clock.local(run.startedAt()),
                duration(run.startedAt(), run.finishedAt() == null && run.isActive() ? clock.now() : run.finishedAt()),
                progress.pages(), progress.created(), progress.updated(), progress.deleted(), progress.unchanged(),
                error == null ? null : error.code().name(), error == null ? null : error.message(),
                error == null ? null : error.remedy());
    }

    /** "42 s", "3 min 05 s", "1 h 02 min": the same in French and English. */
    static String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        Duration elapsed = Duration.between(start, end);
        if (elapsed.isNegative()) {
            return "";
        }
        if (elapsed.toHours() > 0) {
            return elapsed.toHours() + " h " + String.format("%02d", elapsed.toMinutesPart()) + " min";
        }
        if (elapsed.toMinutes() > 0) {
            return elapsed.toMinutes() + " min " + String.format("%02d", elapsed.toSecondsPart()) + " s";
        }
        return Math.max(elapsed.toSeconds(), 0) + " s";
    }
}
