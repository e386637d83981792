package org.banksync.adapters.persistence.sync;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

/** The sync run queue contract on PostgreSQL, plus the lease columns only this adapter sees. */
@DisplayName("JpaSyncRunQueue keeps the sync run queue contract on PostgreSQL")
class JpaSyncRunQueueTest extends SyncRunQueueContract {

    private final ExecutorService workers = Executors.newCachedThreadPool();

    JpaSyncRunQueueTest() {
        super(Ports.jpa());
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    @DisplayName("a claim names its owner, sets the expiry and counts the attempt; saving the run leaves all three as they were")
    void savingLeavesTheLeaseColumns() {
        SyncRun run = running("instance-1");
        assertThat(lease(run.id())).isEqualTo(new Lease("instance-1", start.plus(LEASE), 1));

        Instant lapsed = start.plus(LEASE).plusSeconds(1);
        queue.claimNext("instance-2", LEASE, lapsed);
        SyncRun resumed = runs.findById(run.id()).orElseThrow();
        resumed.succeed(ports.clock);
        runs.save(resumed);

        assertThat(lease(run.id())).isEqualTo(new Lease("instance-2", lapsed.plus(LEASE), 2));
    }

    @Test
    @DisplayName("a worker passes over the run another worker is claiming right now, instead of waiting for it")
    void skipsARunBeingClaimed() throws Exception {
        SyncRun older = queued();
        SyncRun newer = queued();
        EntityManager other = Jpa.factory().createEntityManager();
        try {
            other.getTransaction().begin();
            other.createNativeQuery("select id from sync_run where id = ?1 for update").setParameter(1, older.id().value())
                    .getResultList();

            Future<Optional<SyncRunId>> claim = workers.submit(() -> queue.claimNext("worker-b", LEASE, start));

            assertThat(claim.get(10, SECONDS)).contains(newer.id());
        } finally {
            other.getTransaction().rollback();
            other.close();
        }
        assertThat(queue.claimNext("worker-c", LEASE, start)).contains(older.id());
    }

    @Test
    @DisplayName("in the container claims and renewals commit in transactions of their own, so every instance sees a lease at once")
    void leasesCommitOnTheirOwn() throws NoSuchMethodException {
        for (String method : List.of("claimNext", "renewLease")) {
            Transactional transactional = List.of(JpaSyncRunQueue.class.getMethods()).stream()
                    .filter(m -> m.getName().equals(method)).findFirst().orElseThrow()
                    .getAnnotation(Transactional.class);

            assertThat(transactional).as(method).isNotNull();
            assertThat(transactional.value()).as(method).isEqualTo(Transactional.TxType.REQUIRES_NEW);
        }
    }

    private record Lease(String owner, Instant expiresAt, int attempts) {
    }

    private static Lease lease(SyncRunId run) {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select lease_owner, lease_expires_at, attempts from sync_run where id = ?")) {
            select.setObject(1, run.value());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Lease(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getInt(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
