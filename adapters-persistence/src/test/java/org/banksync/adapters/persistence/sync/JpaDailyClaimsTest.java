package org.banksync.adapters.persistence.sync;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.adapters.persistence.testing.TransactionalPort;
import org.banksync.application.sync.port.out.DailyClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Daily claims on PostgreSQL, each instance claiming in a transaction of its own as timers do. */
@DisplayName("JpaDailyClaims lets one instance claim a job's day, cluster-wide")
class JpaDailyClaimsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T03:04:05Z");

    private final DailyClaims claims = TransactionalPort.of(DailyClaims.class, JpaDailyClaims::new);
    private final String job = "test-" + UUID.randomUUID();
    private final ExecutorService instances = Executors.newCachedThreadPool();

    @AfterEach
    void stopInstances() {
        instances.shutdownNow();
    }

    @Test
    @DisplayName("the first claim of a day wins; a second the same day loses, whoever makes it; the next day is claimed anew")
    void oncePerDay() {
        assertThat(claims.claim(job, DAY, "instance-1", NOW)).isTrue();

        assertThat(claims.claim(job, DAY, "instance-2", NOW.plusSeconds(60))).isFalse();
        assertThat(claims.claim(job, DAY, "instance-1", NOW.plusSeconds(120))).isFalse();
        assertThat(claims.claim(job, DAY.plusDays(1), "instance-2", NOW.plusSeconds(86_400))).isTrue();
    }

    @Test
    @DisplayName("jobs are claimed apart: one job's day leaves another's free")
    void jobsAreApart() {
        claims.claim(job, DAY, "instance-1", NOW);

        assertThat(claims.claim("other-" + UUID.randomUUID(), DAY, "instance-1", NOW)).isTrue();
    }

    @Test
    @DisplayName("the claim records which instance claimed the day, and when")
    void recordsTheClaimer() {
        claims.claim(job, DAY, "instance-7", NOW);

        assertThat(claimer(job, DAY)).isEqualTo("instance-7 at " + NOW);
    }

    @Test
    @DisplayName("of many instances claiming the same day at the same moment, exactly one wins")
    void exactlyOneOfManyWins() throws Exception {
        int racers = 8;
        CyclicBarrier together = new CyclicBarrier(racers);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String instance = "instance-" + i;
            answers.add(instances.submit(() -> {
                together.await(10, SECONDS);
                return claims.claim(job, DAY, instance, NOW);
            }));
        }

        List<Boolean> won = new ArrayList<>();
        for (Future<Boolean> answer : answers) {
            won.add(answer.get(20, SECONDS));
        }

        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    @DisplayName("while another instance holds the job's lock, a claim answers no at once instead of waiting; afterwards the day is still free")
    void aHeldLockTurnsAwayWithoutWaiting() throws Exception {
        EntityManager holder = Jpa.factory().createEntityManager();
        try {
            holder.getTransaction().begin();
            holder.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, job).getResultList();

            Future<Boolean> meanwhile = instances.submit(() -> claims.claim(job, DAY, "instance-2", NOW));

            assertThat(meanwhile.get(10, SECONDS)).isFalse();
        } finally {
            holder.getTransaction().rollback();
            holder.close();
        }
        assertThat(claims.claim(job, DAY, "instance-3", NOW)).isTrue();
    }

    @Test
    @DisplayName("a job or an owner that the claim table cannot hold is refused")
    void refusesUnstorableNames() {
        assertThatThrownBy(() -> claims.claim("j".repeat(51), DAY, "instance-1", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claims.claim(job, DAY, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("in the container the claim joins the transaction that queues the day's runs, so both commit or neither")
    void claimsInTheCallersTransaction() throws NoSuchMethodException {
        Transactional transactional = JpaDailyClaims.class
                .getMethod("claim", String.class, LocalDate.class, String.class, Instant.class)
                .getAnnotation(Transactional.class);

        assertThat(transactional).isNotNull();
        assertThat(transactional.value()).isEqualTo(Transactional.TxType.MANDATORY);
    }

    private static String claimer(String job, LocalDate day) {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select claimed_by, claimed_at from scheduled_job_claim where job = ? and run_date = ?")) {
            select.setString(1, job);
            select.setObject(2, day);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1) + " at " + row.getObject(2, OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
