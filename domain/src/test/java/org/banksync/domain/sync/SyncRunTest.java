package org.banksync.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SyncRunTest {

    private static final SyncError CONSENT = new SyncError(SyncErrorCode.CONSENT_EXPIRED, "Consent expired", "Reconnect");

    private final MutableClock clock = new MutableClock();
    private final SyncRun run = SyncRun.queue(BankAccountId.newId(), SyncTrigger.USER, LocalDate.of(2024, 1, 1), clock);

    @Test
    void queue_waitsWithNoProgress() {
        assertThat(run.state()).isEqualTo(SyncRunState.QUEUED);
        assertThat(run.isActive()).isTrue();
        assertThat(run.progress()).isEqualTo(SyncProgress.NONE);
        assertThat(run.queuedAt()).isEqualTo(clock.instant());
        assertThat(run.startedAt()).isNull();
    }

    @Test
    void aRunGoesQueuedRunningSucceeded() {
        clock.advance(Duration.ofSeconds(2));
        run.start(clock);
        assertThat(run.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(run.startedAt()).isEqualTo(clock.instant());

        run.recordPage(SyncProgress.page(500, 0, 0, 0), "/v3/aggregation/transactions?after=abc&limit=500");
        run.recordPage(SyncProgress.page(12, 3, 1, 484), null);
        clock.advance(Duration.ofSeconds(30));
        run.succeed(clock);

        assertThat(run.state()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(run.isActive()).isFalse();
        assertThat(run.progress()).isEqualTo(new SyncProgress(2, 512, 3, 1, 484));
        assertThat(run.finishedAt()).isEqualTo(clock.instant());
        assertThat(run.resumePoint()).isNull();
    }

    @Test
    void recordPage_keepsTheResumePoint() {
        run.start(clock);

        run.recordPage(SyncProgress.page(1, 0, 0, 0), "/v3/aggregation/transactions?after=abc");

        assertThat(run.resumePoint()).isEqualTo("/v3/aggregation/transactions?after=abc");
    }

    @Test
    void fail_recordsTheErrorFromQueuedOrRunning() {
        run.start(clock);
        run.fail(CONSENT, clock);

        assertThat(run.state()).isEqualTo(SyncRunState.FAILED);
        assertThat(run.error()).isEqualTo(CONSENT);
        assertThat(run.finishedAt()).isEqualTo(clock.instant());

        SyncRun importRun = SyncRun.queue(BankAccountId.newId(), SyncTrigger.IMPORT, null, clock);
        importRun.fail(new SyncError(SyncErrorCode.INVALID_FILE, "line 3: no amount", null), clock);
        assertThat(importRun.state()).isEqualTo(SyncRunState.FAILED);
    }

    @Test
    void illegalTransitions_areRefused() {
        assertRefused(() -> run.recordPage(SyncProgress.page(1, 0, 0, 0), null), "state");
        assertRefused(() -> run.succeed(clock), "state");

        run.start(clock);
        assertRefused(() -> run.start(clock), "state").hasMessageContaining("RUNNING");

        run.succeed(clock);
        assertRefused(() -> run.start(clock), "state");
        assertRefused(() -> run.fail(CONSENT, clock), "state");
        assertRefused(() -> run.succeed(clock), "state");
        assertRefused(() -> run.recordPage(SyncProgress.NONE, null), "state");
    }

    @Test
    void aFailedRunIsFinal() {
        run.fail(CONSENT, clock);

        assertRefused(() -> run.start(clock), "state");
        assertRefused(() -> run.fail(CONSENT, clock), "state");
    }

    @Test
    void reconstitute_restoresARunningRunThatCanContinue() {
        SyncRun stored = SyncRun.reconstitute(run.id(), run.bankAccountId(), SyncTrigger.SCHEDULE, null,
                SyncRunState.RUNNING, "/next", SyncProgress.page(1, 0, 0, 0), null, clock.instant(), clock.instant(), null);

        stored.recordPage(SyncProgress.page(0, 0, 0, 3), null);

        assertThat(stored.progress().pages()).isEqualTo(2);
        assertThat(stored).isEqualTo(run);
    }

    @Test
    void progress_refusesNegativeCountsAndAdds() {
        assertRefused(() -> new SyncProgress(0, -1, 0, 0, 0), "created");
        assertThat(SyncProgress.page(1, 2, 3, 4).plus(SyncProgress.page(1, 1, 1, 1)).rows()).isEqualTo(14);
    }

    @Test
    void error_needsAMessage() {
        assertRefused(() -> new SyncError(SyncErrorCode.INTERNAL, " ", null), "message");
        assertRefused(() -> new SyncError(null, "m", null), "code");
    }
}
