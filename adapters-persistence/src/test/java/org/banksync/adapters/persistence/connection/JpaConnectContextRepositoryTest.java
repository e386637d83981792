package org.banksync.adapters.persistence.connection;

import jakarta.persistence.EntityManager;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Poll;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.application.connection.ConnectContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

/** The connect context contract on PostgreSQL, and callbacks racing in separate transactions as in production. */
@DisplayName("JpaConnectContextRepository keeps the connect context repository contract on PostgreSQL")
class JpaConnectContextRepositoryTest extends ConnectContextRepositoryContract {

    private final ExecutorService callbacks = Executors.newCachedThreadPool();

    JpaConnectContextRepositoryTest() {
        super(Ports.jpa());
    }

    @AfterEach
    void stopCallbacks() {
        callbacks.shutdownNow();
    }

    @Test
    @DisplayName("of two callbacks racing with one context, the second waits for the first's transaction, then finds the context used")
    void theSecondCallbackLoses() throws Exception {
        ConnectContext context = saved();
        EntityManager first = Jpa.factory().createEntityManager();
        try {
            first.getTransaction().begin();
            Optional<ConnectContext> firstGot = new JpaConnectContextRepository(first).consume(context.tokenHash(), now);
            Future<Optional<ConnectContext>> second = secondCallbackWaitingBehindTheFirst(context);

            first.getTransaction().commit();

            assertThat(firstGot).contains(context);
            assertThat(second.get(10, SECONDS)).isEmpty();
        } finally {
            Jpa.close(first);
        }
    }

    @Test
    @DisplayName("when the first callback's transaction rolls back, the callback waiting behind it gets the context")
    void aRolledBackConsumeLeavesTheContextToTheNext() throws Exception {
        ConnectContext context = saved();
        EntityManager first = Jpa.factory().createEntityManager();
        try {
            first.getTransaction().begin();
            assertThat(new JpaConnectContextRepository(first).consume(context.tokenHash(), now)).contains(context);
            Future<Optional<ConnectContext>> second = secondCallbackWaitingBehindTheFirst(context);

            first.getTransaction().rollback();

            assertThat(second.get(10, SECONDS)).contains(context);
        } finally {
            Jpa.close(first);
        }
    }

    @Test
    @DisplayName("of many callbacks consuming one context at the same moment, exactly one gets it")
    void exactlyOneOfManyWins() throws Exception {
        ConnectContext context = saved();
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        List<Future<Optional<ConnectContext>>> attempts = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            attempts.add(callbacks.submit(() -> {
                start.await(10, SECONDS);
                return consumeInItsOwnTransaction(context);
            }));
        }

        List<Optional<ConnectContext>> results = new ArrayList<>();
        for (Future<Optional<ConnectContext>> attempt : attempts) {
            results.add(attempt.get(20, SECONDS));
        }

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    }

    @Test
    @DisplayName("a callback that looks the context up and consumes it in one transaction, as the use case does, gets it once")
    void looksUpThenConsumesInOneTransaction() {
        ConnectContext context = saved();

        Optional<ConnectContext> consumed = Jpa.inTransaction(em -> {
            JpaConnectContextRepository repository = new JpaConnectContextRepository(em);
            repository.findUsable(context.tokenHash(), now).orElseThrow();
            return repository.consume(context.tokenHash(), now);
        });

        assertThat(consumed).contains(context);
        assertThat(contexts.findUsable(context.tokenHash(), now)).isEmpty();
        assertThat(consumeInItsOwnTransaction(context)).isEmpty();
    }

    /** Starts a second callback in its own transaction, and returns once PostgreSQL has it waiting for the first's row lock. */
    private Future<Optional<ConnectContext>> secondCallbackWaitingBehindTheFirst(ConnectContext context) {
        Future<Optional<ConnectContext>> second = callbacks.submit(() -> consumeInItsOwnTransaction(context));
        Poll.until(() -> TestDatabase.get().sessionsWaitingForALock("update connect_context set used_at") > 0,
                Duration.ofSeconds(10), "the second callback to wait for the first's lock");
        return second;
    }

    private Optional<ConnectContext> consumeInItsOwnTransaction(ConnectContext context) {
        return Jpa.inTransaction(em -> new JpaConnectContextRepository(em).consume(context.tokenHash(), now));
    }
}
