package org.banksync.adapters.persistence.connection;

import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.testing.TransactionalPort;
import org.banksync.application.connection.port.out.RequestBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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

/** Request budgets on PostgreSQL, each request asked in a transaction of its own as instances do. */
@DisplayName("JpaRequestBudget shares fixed-window request budgets through PostgreSQL")
class JpaRequestBudgetTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant START = Instant.parse("2026-11-26T03:00:00Z");

    private final RequestBudget budget = TransactionalPort.of(RequestBudget.class, JpaRequestBudget::new);
    private final String bucket = "test:" + UUID.randomUUID();
    private final ExecutorService instances = Executors.newCachedThreadPool();

    @AfterEach
    void stopInstances() {
        instances.shutdownNow();
    }

    @Test
    @DisplayName("a bucket lets its limit of requests through in a window, then answers how long until the window ends")
    void refusesOverTheLimit() {
        assertThat(budget.acquire(bucket, 3, MINUTE, START)).isZero();
        assertThat(budget.acquire(bucket, 3, MINUTE, START.plusSeconds(10))).isZero();
        assertThat(budget.acquire(bucket, 3, MINUTE, START.plusSeconds(20))).isZero();

        assertThat(budget.acquire(bucket, 3, MINUTE, START.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(budget.acquire(bucket, 3, MINUTE, START.plusSeconds(59).plusMillis(500))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    @DisplayName("a refused request takes nothing, and once the window has passed a new one opens with the whole limit")
    void opensANewWindow() {
        budget.acquire(bucket, 2, MINUTE, START);
        budget.acquire(bucket, 2, MINUTE, START.plusSeconds(1));
        budget.acquire(bucket, 2, MINUTE, START.plusSeconds(2));
        budget.acquire(bucket, 2, MINUTE, START.plusSeconds(3));

        Instant next = START.plus(MINUTE);
        assertThat(budget.acquire(bucket, 2, MINUTE, next)).isZero();
        assertThat(budget.acquire(bucket, 2, MINUTE, next.plusSeconds(45))).isZero();
        assertThat(budget.acquire(bucket, 2, MINUTE, next.plusSeconds(50))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("buckets are counted apart: a user's exhausted budget leaves another's whole")
    void bucketsAreApart() {
        String other = "test:" + UUID.randomUUID();
        budget.acquire(bucket, 1, MINUTE, START);

        assertThat(budget.acquire(bucket, 1, MINUTE, START)).isPositive();
        assertThat(budget.acquire(other, 1, MINUTE, START)).isZero();
    }

    @Test
    @DisplayName("instances asking at the same moment never take more than the limit between them")
    void sharedByInstances() throws Exception {
        int asking = 8;
        int limit = 5;
        CyclicBarrier together = new CyclicBarrier(asking);
        List<Future<Duration>> answers = new ArrayList<>();
        for (int i = 0; i < asking; i++) {
            RequestBudget instance = TransactionalPort.of(RequestBudget.class, JpaRequestBudget::new);
            answers.add(instances.submit(() -> {
                together.await(10, SECONDS);
                return instance.acquire(bucket, limit, MINUTE, START);
            }));
        }

        List<Duration> waits = new ArrayList<>();
        for (Future<Duration> answer : answers) {
            waits.add(answer.get(20, SECONDS));
        }

        assertThat(waits).filteredOn(Duration::isZero).hasSize(limit);
        assertThat(waits).filteredOn(wait -> !wait.isZero()).hasSize(asking - limit).containsOnly(MINUTE);
    }

    @Test
    @DisplayName("the wait is never longer than a window, even when another instance's clock ran ahead")
    void waitsAtMostAWindow() {
        budget.acquire(bucket, 1, MINUTE, START.plus(Duration.ofMinutes(5)));

        assertThat(budget.acquire(bucket, 1, MINUTE, START)).isEqualTo(MINUTE);
    }

    @Test
    @DisplayName("in the container the count is taken in a transaction of its own, so a caller's rollback does not give it back")
    void runsInItsOwnTransaction() throws NoSuchMethodException {
        Transactional transactional = JpaRequestBudget.class
                .getMethod("acquire", String.class, int.class, Duration.class, Instant.class)
                .getAnnotation(Transactional.class);

        assertThat(transactional).isNotNull();
        assertThat(transactional.value()).isEqualTo(Transactional.TxType.REQUIRES_NEW);
    }

    @Test
    @DisplayName("a budget without a bucket, a request or a window is refused")
    void refusesMeaninglessBudgets() {
        assertThatThrownBy(() -> budget.acquire(" ", 1, MINUTE, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.acquire(bucket, 0, MINUTE, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.acquire(bucket, 1, Duration.ZERO, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
