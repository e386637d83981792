package org.banksync.adapters.persistence.sync;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.sync.port.out.SyncRunQueue;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.sync.SyncTrigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SyncRunQueue} promises, with the {@link SyncRunRepository} it shares its runs with; a subclass
 * runs it against one implementation. The queue is shared by everything in the database, so each test first leases
 * every active run already there far into the future, and then claims only what it queued itself.
 */
public abstract class SyncRunQueueContract {

    protected static final Duration LEASE = Duration.ofMinutes(2);
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

    protected final Ports ports;
    protected final SyncRunRepository runs;
    protected final SyncRunQueue queue;
    protected final Instant start;

    protected SyncRunQueueContract(Ports ports) {
        this.ports = ports;
        this.runs = ports.runs;
        this.queue = ports.queue;
        this.start = ports.clock.instant();
    }

    @BeforeEach
    void leaseEveryOtherActiveRunAway() {
        Set<SyncRunId> leased = new HashSet<>();
        Optional<SyncRunId> claimed = queue.claimNext("elsewhere", Duration.ofDays(1), FAR_FUTURE);
        while (claimed.isPresent()) {
            assertThat(leased.add(claimed.get())).as("run %s handed out again while leased", claimed.get()).isTrue();
            claimed = queue.claimNext("elsewhere", Duration.ofDays(1), FAR_FUTURE);
        }
    }

    /** A run queued now for an account of its own, the clock then moving a second on. */
    protected SyncRun queued() {
        SyncRun run = runs.enqueue(SyncRun.queue(ports.storedAccount().id(), SyncTrigger.SCHEDULE, LocalDate.of(2024, 1, 1),
                ports.clock));
        ports.clock.advance(Duration.ofSeconds(1));
        return run;
    }

    /** What a worker does first with a run it claimed: marks it RUNNING. */
    protected SyncRun begun(SyncRunId id) {
        SyncRun run = runs.findById(id).orElseThrow();
        run.start(ports.clock);
        runs.save(run);
        return run;
    }

    /** A run queued, claimed at {@link #start} by {@code owner} and begun. */
    protected SyncRun running(String owner) {
        SyncRun run = queued();
        assertThat(queue.claimNext(owner, LEASE, start)).contains(run.id());
        return begun(run.id());
    }

    @Test
    @DisplayName("runs are claimed oldest first, each once, until none is left")
    void claimsOldestFirst() {
        SyncRun older = queued();
        SyncRun newer = queued();

        assertThat(queue.claimNext("worker-a", LEASE, start)).contains(older.id());
        assertThat(queue.claimNext("worker-b", LEASE, start)).contains(newer.id());
        assertThat(queue.claimNext("worker-c", LEASE, start)).isEmpty();
    }

    @Test
    @DisplayName("a claimed run that has not started yet stays its worker's while the lease holds, and is claimed again once it lapses")
    void aClaimedQueuedRunIsHeldByItsLease() {
        SyncRun run = queued();
        queue.claimNext("worker-a", LEASE, start);

        assertThat(queue.claimNext("worker-b", LEASE, start.plus(LEASE).minusSeconds(1))).isEmpty();
        assertThat(queue.claimNext("worker-b", LEASE, start.plus(LEASE).plusSeconds(1))).contains(run.id());
        assertThat(runs.findById(run.id()).orElseThrow().state()).isEqualTo(SyncRunState.QUEUED);
    }

    @Test
    @DisplayName("a running run whose lease lapsed (its instance died) is claimed again, and its resume point survives")
    void aLapsedRunIsClaimedAgainAndResumes() {
        SyncRun run = running("instance-1");
        run.recordPage(SyncProgress.page(500, 0, 0, 0), "/v3/aggregation/transactions?after=500&limit=500");
        runs.save(run);

        assertThat(queue.claimNext("instance-2", LEASE, start.plusSeconds(60))).isEmpty();
        assertThat(queue.claimNext("instance-2", LEASE, start.plus(LEASE).plusSeconds(1))).contains(run.id());

        SyncRun resumed = runs.findById(run.id()).orElseThrow();
        assertThat(resumed.state()).isEqualTo(SyncRunState.RUNNING);
        assertThat(resumed.resumePoint()).isEqualTo("/v3/aggregation/transactions?after=500&limit=500");
        assertThat(resumed.progress().created()).isEqualTo(500);
    }

    @Test
    @DisplayName("only the lease's owner renews it: a stranger is refused, and so is an owner whose run was taken over")
    void onlyTheOwnerRenews() {
        SyncRun run = running("instance-1");

        assertThat(queue.renewLease(run.id(), "instance-1", LEASE, start.plusSeconds(30))).isTrue();
        assertThat(queue.renewLease(run.id(), "stranger", LEASE, start.plusSeconds(31))).isFalse();

        Instant lapsed = start.plusSeconds(30).plus(LEASE).plusSeconds(1);
        assertThat(queue.claimNext("instance-2", LEASE, lapsed)).contains(run.id());
        assertThat(queue.renewLease(run.id(), "instance-1", LEASE, lapsed.plusSeconds(1))).isFalse();
        assertThat(queue.renewLease(run.id(), "instance-2", LEASE, lapsed.plusSeconds(1))).isTrue();
    }

    @Test
    @DisplayName("a renewed lease keeps the run from being claimed until the renewed lease lapses")
    void renewingExtendsTheLease() {
        SyncRun run = running("worker-a");
        queue.renewLease(run.id(), "worker-a", LEASE, start.plusSeconds(90));

        assertThat(queue.claimNext("worker-b", LEASE, start.plus(LEASE).plusSeconds(1))).isEmpty();
        assertThat(queue.claimNext("worker-b", LEASE, start.plusSeconds(90).plus(LEASE).plusSeconds(1))).contains(run.id());
    }

    @Test
    @DisplayName("saving a run keeps its lease: the run stays its worker's, and the worker can still renew")
    void savingKeepsTheLease() {
        SyncRun run = running("worker-a");
        run.recordPage(SyncProgress.page(10, 0, 0, 0), "page-2");
        runs.save(run);

        assertThat(queue.claimNext("worker-b", LEASE, start.plusSeconds(60))).isEmpty();
        assertThat(queue.renewLease(run.id(), "worker-a", LEASE, start.plusSeconds(61))).isTrue();
    }

    @Test
    @DisplayName("a run that ended is never claimed again, and its lease can no longer be renewed")
    void anEndedRunLeavesTheQueue() {
        SyncRun run = running("worker-a");
        run.succeed(ports.clock);
        runs.save(run);

        assertThat(queue.claimNext("worker-b", LEASE, start.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(queue.renewLease(run.id(), "worker-a", LEASE, start.plusSeconds(1))).isFalse();
    }

    @Test
    @DisplayName("of two workers claiming the one queued run at the same moment, one gets it and the other nothing")
    void twoWorkersOneRun() throws Exception {
        SyncRun run = queued();

        List<Optional<SyncRunId>> claims = claimTogether(2, 1);

        assertThat(claims).containsExactlyInAnyOrder(Optional.of(run.id()), Optional.empty());
    }

    @Test
    @DisplayName("workers claiming at the same moment, again and again, never get the same run twice")
    void concurrentWorkersNeverShareARun() throws Exception {
        List<SyncRunId> mine = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mine.add(queued().id());
        }

        List<Optional<SyncRunId>> claims = claimTogether(5, 3);

        List<SyncRunId> claimed = claims.stream().flatMap(Optional::stream).toList();
        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
    }

    /** Workers that each claim {@code rounds} times, all starting together; every answer, empty ones included. */
    private List<Optional<SyncRunId>> claimTogether(int workers, int rounds) throws Exception {
        CyclicBarrier together = new CyclicBarrier(workers);
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<Optional<SyncRunId>>>> answers = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                String owner = "worker-" + w;
                answers.add(threads.submit(() -> {
                    List<Optional<SyncRunId>> got = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        together.await(10, SECONDS);
                        got.add(queue.claimNext(owner, LEASE, start));
                    }
                    return got;
                }));
            }
            List<Optional<SyncRunId>> all = new ArrayList<>();
            for (Future<List<Optional<SyncRunId>>> answer : answers) {
                all.addAll(answer.get(30, SECONDS));
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }
}
