package org.banksync.adapters.persistence.sync;

import jakarta.persistence.EntityManager;
import jakarta.persistence.RollbackException;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Poll;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync run contract on PostgreSQL, and instances queueing and saving runs in separate transactions as in production. */
@DisplayName("JpaSyncRunRepository keeps the sync run repository contract on PostgreSQL")
class JpaSyncRunRepositoryTest extends SyncRunRepositoryContract {

    private final ExecutorService instances = Executors.newCachedThreadPool();

    JpaSyncRunRepositoryTest() {
        super(Ports.jpa());
    }

    @AfterEach
    void stopInstances() {
        instances.shutdownNow();
    }

    @Test
    @DisplayName("an instance queueing while another's queueing is uncommitted waits for it, then answers that run")
    void theSecondQueueingWaitsForTheFirst() throws Exception {
        EntityManager first = Jpa.factory().createEntityManager();
        try {
            first.getTransaction().begin();
            SyncRun firstRun = new JpaSyncRunRepository(first).enqueue(newRun(account));
            Future<SyncRun> second = queueingBehindTheFirst(newRun(account));

            first.getTransaction().commit();

            assertThat(second.get(10, SECONDS).id()).isEqualTo(firstRun.id());
        } finally {
            Jpa.close(first);
        }
    }

    @Test
    @DisplayName("when the first queueing rolls back, the instance waiting behind it queues its own run")
    void aRolledBackQueueingLeavesTheAccountFree() throws Exception {
        EntityManager first = Jpa.factory().createEntityManager();
        try {
            first.getTransaction().begin();
            new JpaSyncRunRepository(first).enqueue(newRun(account));
            SyncRun secondRun = newRun(account);
            Future<SyncRun> second = queueingBehindTheFirst(secondRun);

            first.getTransaction().rollback();

            assertThat(second.get(10, SECONDS).id()).isEqualTo(secondRun.id());
        } finally {
            Jpa.close(first);
        }
    }

    /** Queues the run in another instance, and returns once PostgreSQL has it waiting for the first queueing. */
    private Future<SyncRun> queueingBehindTheFirst(SyncRun run) {
        Future<SyncRun> second = instances.submit(() -> runs.enqueue(run));
        Poll.until(() -> TestDatabase.get().sessionsWaitingForALock("insert into sync_run") > 0, Duration.ofSeconds(10),
                "the second queueing to wait for the first");
        return second;
    }

    @Test
    @DisplayName("of two workers saving a page of the same run at once, the second to commit is refused, so no page counts twice")
    void aStaleCopyOfTheRunIsRefused() {
        SyncRun run = runs.enqueue(newRun(account));
        run.start(ports.clock);
        runs.save(run);
        EntityManager zombie = Jpa.factory().createEntityManager();
        EntityManager owner = Jpa.factory().createEntityManager();
        try {
            zombie.getTransaction().begin();
            owner.getTransaction().begin();
            JpaSyncRunRepository zombieRuns = new JpaSyncRunRepository(zombie);
            JpaSyncRunRepository ownerRuns = new JpaSyncRunRepository(owner);
            SyncRun seenByZombie = zombieRuns.findById(run.id()).orElseThrow();
            SyncRun seenByOwner = ownerRuns.findById(run.id()).orElseThrow();

            seenByOwner.recordPage(SyncProgress.page(500, 0, 0, 0), "page-2");
            ownerRuns.save(seenByOwner);
            owner.getTransaction().commit();
            seenByZombie.recordPage(SyncProgress.page(500, 0, 0, 0), "page-2");
            zombieRuns.save(seenByZombie);

            assertThatThrownBy(zombie.getTransaction()::commit).isInstanceOf(RollbackException.class);
            assertThat(runs.findById(run.id()).orElseThrow().progress().created()).isEqualTo(500);
        } finally {
            Jpa.close(zombie);
            Jpa.close(owner);
        }
    }
}
