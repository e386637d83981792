package org.banksync.adapters.persistence.sync;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.sync.SyncError;
import org.banksync.domain.sync.SyncErrorCode;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.sync.SyncTrigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.Violations.assertRefused;

/** What every {@link SyncRunRepository} promises; a subclass runs it against one implementation. */
public abstract class SyncRunRepositoryContract {

    protected static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

    protected final Ports ports;
    protected final SyncRunRepository runs;
    protected final BankAccount account;

    protected SyncRunRepositoryContract(Ports ports) {
        this.ports = ports;
        this.runs = ports.runs;
        this.account = ports.storedAccount();
    }

    /** A run queued now (by the ports' clock) for the account, not yet stored. */
    protected SyncRun newRun(BankAccount of) {
        return SyncRun.queue(of.id(), SyncTrigger.USER, SINCE, ports.clock);
    }

    /** A run queued now for the account, which then ran to its end; the clock moves a minute on. */
    protected SyncRun endedRun(BankAccount of, SyncRunState end) {
        SyncRun run = runs.enqueue(newRun(of));
        run.start(ports.clock);
        if (end == SyncRunState.SUCCEEDED) {
            run.succeed(ports.clock);
        } else {
            run.fail(new SyncError(SyncErrorCode.PROVIDER_UNAVAILABLE, "Bridge answered 503", null), ports.clock);
        }
        runs.save(run);
        ports.clock.advance(Duration.ofMinutes(1));
        return run;
    }

    protected static List<SyncRunId> ids(List<SyncRun> list) {
        return list.stream().map(SyncRun::id).toList();
    }

    /** Newest first: queued at descending, then the id (as PostgreSQL orders uuids: their hex text) descending. */
    protected static List<SyncRunId> newestFirst(List<SyncRun> list) {
        return ids(list.stream().sorted(Comparator.comparing(SyncRun::queuedAt)
                .thenComparing(run -> run.id().toString()).reversed()).toList());
    }

    protected List<SyncRunId> everyPage(BankAccount of, SyncRunState state, int limit) {
        List<SyncRunId> served = new ArrayList<>();
        Page<SyncRun> page = runs.findPage(of == null ? null : of.id(), state, PageRequest.first(limit));
        served.addAll(ids(page.items()));
        while (page.hasNext()) {
            page = runs.findPage(of == null ? null : of.id(), state, new PageRequest(limit, page.nextCursor()));
            served.addAll(ids(page.items()));
        }
        return served;
    }

    @Test
    @DisplayName("a queued run comes back with every field as it was queued, and is its account's active run")
    void enqueuesARun() {
        SyncRun run = newRun(account);

        SyncRun active = runs.enqueue(run);

        assertThat(active.id()).isEqualTo(run.id());
        assertThat(runs.findById(run.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(run);
        assertThat(runs.findActive(account.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(run);
    }

    @Test
    @DisplayName("a run without a sync start date, as a statement import has, is queued with none")
    void enqueuesARunWithoutSince() {
        SyncRun run = SyncRun.queue(account.id(), SyncTrigger.IMPORT, null, ports.clock);

        runs.enqueue(run);

        assertThat(runs.findById(run.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(run);
    }

    @Test
    @DisplayName("queueing a run for an account that has an active one answers that run and stores nothing new")
    void enqueueTwiceKeepsOneActiveRun() {
        SyncRun first = runs.enqueue(newRun(account));
        ports.clock.advance(Duration.ofSeconds(5));
        SyncRun second = newRun(account);

        SyncRun active = runs.enqueue(second);

        assertThat(active.id()).isEqualTo(first.id());
        assertThat(runs.findById(second.id())).isEmpty();
        assertThat(runs.findActive(account.id()).orElseThrow().id()).isEqualTo(first.id());
        assertThat(everyPage(account, null, 10)).containsExactly(first.id());
    }

    @Test
    @DisplayName("a running run is active too: queueing another answers it")
    void aRunningRunIsActive() {
        SyncRun running = runs.enqueue(newRun(account));
        running.start(ports.clock);
        runs.save(running);

        assertThat(runs.enqueue(newRun(account)).id()).isEqualTo(running.id());
    }

    @Test
    @DisplayName("once the account's run has ended, the next one is queued, and accounts are apart")
    void queuesAgainAfterTheEnd() {
        SyncRun ended = endedRun(account, SyncRunState.SUCCEEDED);
        SyncRun next = newRun(account);
        BankAccount other = ports.storedAccount();
        SyncRun otherRun = newRun(other);

        assertThat(runs.enqueue(next).id()).isEqualTo(next.id());
        assertThat(runs.enqueue(otherRun).id()).isEqualTo(otherRun.id());

        assertThat(runs.findActive(account.id()).orElseThrow().id()).isEqualTo(next.id());
        assertThat(runs.findById(ended.id()).orElseThrow().state()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(runs.findActive(other.id()).orElseThrow().id()).isEqualTo(otherRun.id());
    }

    @Test
    @DisplayName("instances queueing runs for one account at the same moment all get the one run that became active")
    void concurrentEnqueuesAgree() throws Exception {
        int instances = 6;
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<SyncRun>> answers = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                SyncRun candidate = newRun(account);
                answers.add(threads.submit(() -> {
                    together.await(10, SECONDS);
                    return runs.enqueue(candidate);
                }));
            }
            List<SyncRunId> active = new ArrayList<>();
            for (Future<SyncRun> answer : answers) {
                active.add(answer.get(20, SECONDS).id());
            }

            assertThat(active).hasSize(instances).containsOnly(active.get(0));
            assertThat(everyPage(account, null, 10)).containsExactly(active.get(0));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("only a new, queued run can be enqueued")
    void onlyQueuedRunsAreEnqueued() {
        SyncRun started = newRun(account);
        started.start(ports.clock);

        assertThatThrownBy(() -> runs.enqueue(started)).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs.findActive(account.id())).isEmpty();
    }

    @Test
    @DisplayName("saving a run keeps every field: state, progress, resume point, timings")
    void savesProgress() {
        SyncRun run = runs.enqueue(newRun(account));
        ports.clock.advance(Duration.ofSeconds(3));
        run.start(ports.clock);
        run.recordPage(SyncProgress.page(480, 12, 5, 3), "/v3/aggregation/transactions?after=abc&limit=500");
        runs.save(run);
        run.recordPage(SyncProgress.page(100, 0, 0, 0), "/v3/aggregation/transactions?after=def&limit=500");
        runs.save(run);

        SyncRun stored = runs.findById(run.id()).orElseThrow();

        assertThat(stored).usingRecursiveComparison().isEqualTo(run);
        assertThat(stored.progress()).isEqualTo(new SyncProgress(2, 580, 12, 5, 3));
        assertThat(stored.startedAt()).isEqualTo(run.queuedAt().plusSeconds(3));
    }

    @Test
    @DisplayName("a failed run keeps its error with the remedy, and is no longer active")
    void savesTheError() {
        SyncRun run = runs.enqueue(newRun(account));
        run.start(ports.clock);
        run.fail(new SyncError(SyncErrorCode.CONSENT_EXPIRED, "The bank's consent has expired.",
                "Renew the consent: open the bank and choose Reconnect."), ports.clock);
        runs.save(run);

        assertThat(runs.findById(run.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(run);
        assertThat(runs.findActive(account.id())).isEmpty();
    }

    @Test
    @DisplayName("an account's runs are listed newest first, page by page, without a miss or a repeat, ties by id")
    void listsNewestFirst() {
        List<SyncRun> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(endedRun(account, i % 2 == 0 ? SyncRunState.SUCCEEDED : SyncRunState.FAILED));
        }
        ports.clock.advance(Duration.ofMinutes(-1));
        all.add(endedRun(account, SyncRunState.SUCCEEDED));
        all.add(runs.enqueue(newRun(account)));

        assertThat(everyPage(account, null, 2)).containsExactlyElementsOf(newestFirst(all));
        assertThat(everyPage(account, null, 500)).containsExactlyElementsOf(newestFirst(all));
    }

    @Test
    @DisplayName("the list is narrowed by account and by state")
    void narrowsByAccountAndState() {
        BankAccount other = ports.storedAccount();
        SyncRun succeeded = endedRun(account, SyncRunState.SUCCEEDED);
        SyncRun failed = endedRun(account, SyncRunState.FAILED);
        SyncRun queued = runs.enqueue(newRun(account));
        SyncRun othersFailed = endedRun(other, SyncRunState.FAILED);

        assertThat(everyPage(account, SyncRunState.FAILED, 1)).containsExactly(failed.id());
        assertThat(everyPage(account, SyncRunState.SUCCEEDED, 1)).containsExactly(succeeded.id());
        assertThat(everyPage(account, SyncRunState.QUEUED, 1)).containsExactly(queued.id());
        assertThat(everyPage(account, SyncRunState.RUNNING, 1)).isEmpty();
        assertThat(everyPage(other, null, 1)).containsExactly(othersFailed.id());
    }

    @Test
    @DisplayName("without an account, the runs of every account are listed, newest first")
    void listsEveryAccount() {
        BankAccount other = ports.storedAccount();
        // later than the runs of every other test, and of this one's earlier runs on a database kept between runs
        ports.clock.set(Instant.parse("2199-01-01T00:00:00Z").plusSeconds(Instant.now().getEpochSecond()));
        SyncRun older = endedRun(account, SyncRunState.SUCCEEDED);
        SyncRun newer = endedRun(other, SyncRunState.SUCCEEDED);

        List<SyncRunId> firstTwo = ids(runs.findPage(null, SyncRunState.SUCCEEDED, PageRequest.first(2)).items());

        assertThat(firstTwo).containsExactly(newer.id(), older.id());
    }

    @Test
    @DisplayName("a cursor that the list did not issue is refused, naming the cursor")
    void refusesForeignCursors() {
        assertRefused(() -> runs.findPage(account.id(), null, new PageRequest(10, "not-a-cursor")), "cursor");
    }
}
