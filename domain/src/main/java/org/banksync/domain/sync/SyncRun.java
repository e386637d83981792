package org.banksync.domain.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/**
 * One sync of one account, from queueing to its end. Each page's rows and the resume point commit together,
 * so an interrupted run continues from {@link #resumePoint()}.
 */
public final class SyncRun {

    public static final int RESUME_POINT_MAX_LENGTH = 4000;

    private final SyncRunId id;
    private final BankAccountId bankAccountId;
    private final SyncTrigger trigger;
    private final LocalDate since;
    private final Instant queuedAt;
    private SyncRunState state;
    private String resumePoint;
    private SyncProgress progress;
    private SyncError error;
    private Instant startedAt;
    private Instant finishedAt;

    private SyncRun(SyncRunId id, BankAccountId bankAccountId, SyncTrigger trigger, LocalDate since, Instant queuedAt) {
        this.id = Require.present(id, "id");
        this.bankAccountId = Require.present(bankAccountId, "bankAccountId");
        this.trigger = Require.present(trigger, "trigger");
        this.since = since;
        this.queuedAt = Require.present(queuedAt, "queuedAt");
        this.state = SyncRunState.QUEUED;
        this.progress = SyncProgress.NONE;
    }

    /** A new run waiting for a worker; {@code since} is the account's sync start date (null for a file import). */
    public static SyncRun queue(BankAccountId bankAccountId, SyncTrigger trigger, LocalDate since, Clock clock) {
        return new SyncRun(SyncRunId.newId(), bankAccountId, trigger, since, clock.instant());
    }

    /** A stored run, for persistence mappers only. */
    public static SyncRun reconstitute(SyncRunId id, BankAccountId bankAccountId, SyncTrigger trigger, LocalDate since,
            SyncRunState state, String resumePoint, SyncProgress progress, SyncError error, Instant queuedAt,
            Instant startedAt, Instant finishedAt) {
        SyncRun run = new SyncRun(id, bankAccountId, trigger, since, queuedAt);
        run.state = Require.present(state, "state");
        run.resumePoint = resumePoint;
        run.progress = Require.present(progress, "progress");
        run.error = error;
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        return run;
    }

    /** A worker took the run. */
    public void start(Clock clock) {
        requireState(SyncRunState.QUEUED, "start");
        state = SyncRunState.RUNNING;
        startedAt = clock.instant();
    }

    /** One page is stored: adds its counts and remembers where to continue (null when there is no next page). */
    public void recordPage(SyncProgress delta, String nextResumePoint) {
        requireState(SyncRunState.RUNNING, "record a page of");
        progress = progress.plus(Require.present(delta, "progress"));
        resumePoint = Require.optionalText(nextResumePoint, "resumePoint", RESUME_POINT_MAX_LENGTH);
    }

    public void succeed(Clock clock) {
        requireState(SyncRunState.RUNNING, "complete");
        state = SyncRunState.SUCCEEDED;
        resumePoint = null;
        finishedAt = clock.instant();
    }

    /** Ends the run with an error; a queued run may fail before it starts (a file that cannot be read). */
    public void fail(SyncError failure, Clock clock) {
        Require.present(failure, "error");
        if (!isActive()) {
            throw refusal("fail");
        }
        state = SyncRunState.FAILED;
        error = failure;
        finishedAt = clock.instant();
    }

    /** QUEUED or RUNNING. */
    public boolean isActive() {
        return state.isActive();
    }

    private void requireState(SyncRunState expected, String action) {
        if (state != expected) {
            throw refusal(action);
        }
    }

    private DomainViolation refusal(String action) {
        return new DomainViolation("state", "cannot " + action + " sync run " + id + ": it is " + state);
    }

    public SyncRunId id() {
        return id;
    }

    public BankAccountId bankAccountId() {
        return bankAccountId;
    }

    public SyncTrigger trigger() {
        return trigger;
    }

    public LocalDate since() {
        return since;
    }

    public SyncRunState state() {
        return state;
    }

    public String resumePoint() {
        return resumePoint;
    }

    public SyncProgress progress() {
        return progress;
    }

    public SyncError error() {
        return error;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyncRun run && id.equals(run.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "SyncRun[" + id + ", " + bankAccountId + ", " + trigger + ", " + state + "]";
    }
}
