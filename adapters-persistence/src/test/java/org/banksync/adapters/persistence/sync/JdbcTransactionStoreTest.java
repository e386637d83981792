package org.banksync.adapters.persistence.sync;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.adapters.persistence.transaction.JpaTransactionRepository;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.banksync.domain.transaction.TombstoneReason;
import org.banksync.domain.transaction.TransactionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transaction store contract on PostgreSQL, plus how it shares the caller's transaction and how few statements a page takes. */
@DisplayName("JdbcTransactionStore keeps the transaction store contract on PostgreSQL")
class JdbcTransactionStoreTest extends TransactionStoreContract {

    JdbcTransactionStoreTest() {
        super(Ports.jpa());
    }

    @Test
    @DisplayName("a page of 500 new rows takes one select and one insert; a page of new and changed rows adds one batch of updates")
    void aPageTakesOneSelectAndAtMostTwoBatches() {
        List<String> firstPage = Jpa.inTransaction(em -> {
            List<String> executed = new ArrayList<>();
            JdbcTransactionStore counted = new JdbcTransactionStore(counting(em, executed), ports.clock);
            List<BankTransaction> rows = recordedRange(0, 500);
            counted.findByKeys(account.id(), TransactionSource.BRIDGE, rows.stream().map(BankTransaction::externalId).toList());
            counted.store(rows, List.of());
            return executed;
        });
        List<String> secondPage = Jpa.inTransaction(em -> {
            List<String> executed = new ArrayList<>();
            JdbcTransactionStore counted = new JdbcTransactionStore(counting(em, executed), ports.clock);
            List<BankTransaction> keys = recordedRange(250, 500);
            Map<ExternalRef, BankTransaction> known = counted.findByKeys(account.id(), TransactionSource.BRIDGE,
                    keys.stream().map(BankTransaction::externalId).toList());
            List<BankTransaction> changed = new ArrayList<>(known.values());
            changed.forEach(t -> t.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, ports.clock));
            counted.store(recordedRange(500, 250), changed);
            return executed;
        });

        assertThat(firstPage).containsExactly("executeQuery", "executeUpdate");
        assertThat(secondPage).containsExactly("executeQuery", "executeUpdate", "executeBatch");
        assertThat(read(recordedRange(0, 750))).hasSize(750);
    }

    @Test
    @DisplayName("the store works in the caller's transaction: it sees what JPA wrote before, and a rollback takes its page back with the run's progress")
    void sharesTheCallersTransaction() {
        BankTransaction viaJpa = recorded(row("written-by-jpa"));
        BankTransaction viaStore = recorded(row("written-by-the-store"));
        SyncRun run = ports.runs.enqueue(SyncRun.queue(account.id(), SyncTrigger.USER, null, ports.clock));
        run.start(ports.clock);
        ports.runs.save(run);
        EntityManager em = Jpa.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            new JpaTransactionRepository(em, ports.clock).save(viaJpa);
            JdbcTransactionStore inTransaction = new JdbcTransactionStore(em, ports.clock);

            BankTransaction seen = inTransaction.findByKeys(account.id(), TransactionSource.BRIDGE,
                    List.of(viaJpa.externalId())).get(viaJpa.externalId());
            seen.applySource(row("written-by-jpa").amount("-5.00").updatedAt(SOURCE_TIME.plusSeconds(1)).build(), null, ports.clock);
            inTransaction.store(List.of(viaStore), List.of(seen));
            JpaSyncRunRepository runsInTransaction = new JpaSyncRunRepository(em);
            SyncRun progressed = runsInTransaction.findById(run.id()).orElseThrow();
            progressed.recordPage(SyncProgress.page(1, 1, 0, 0), "page-2");
            runsInTransaction.save(progressed);
            assertThat(seen.id()).isEqualTo(viaJpa.id());
            assertThat(new JpaTransactionRepository(em, ports.clock).findByKey(account.id(), TransactionSource.BRIDGE,
                    viaStore.externalId())).isPresent();

            em.getTransaction().rollback();
        } finally {
            Jpa.close(em);
        }

        assertThat(read(List.of(viaJpa, viaStore))).isEmpty();
        assertThat(ports.runs.findById(run.id()).orElseThrow().progress()).isEqualTo(SyncProgress.NONE);
    }

    @Test
    @DisplayName("a new row is created at the store's clock and keeps the transaction's update time; each update adds one to its version")
    void keepsTheTimesAndCountsVersions() {
        BankTransaction transaction = recorded(row("times"));
        Instant recordedAt = ports.clock.instant();
        ports.clock.advance(Duration.ofSeconds(7));
        store.store(List.of(transaction), List.of());
        assertThat(audit(transaction)).isEqualTo(new Audit(recordedAt.plusSeconds(7), recordedAt, 0));

        ports.clock.advance(Duration.ofMinutes(1));
        BankTransaction stored = read(List.of(transaction)).get(transaction.externalId());
        stored.applySource(row("times").amount("-7.00").updatedAt(SOURCE_TIME.plusSeconds(1)).build(), null, ports.clock);
        store.store(List.of(), List.of(stored));
        store.store(List.of(), List.of(stored));

        assertThat(audit(transaction)).isEqualTo(new Audit(recordedAt.plusSeconds(7), stored.updatedAt(), 2));
    }

    @Test
    @DisplayName("a category a user chose while the page was in flight is kept; the page's other changes are applied")
    void keepsTheUsersCategoryChosenMeanwhile() {
        TransactionCategory fromBridge = ports.storedCategory("Transport (Bridge)", null);
        TransactionCategory chosen = ports.storedCategory("Travel expenses", null);
        BankTransaction transaction = BankTransaction.record(account.id(), row("raced").build(), fromBridge.id(), ports.clock);
        store.store(List.of(transaction), List.of());

        BankTransaction readBySync = read(List.of(transaction)).get(transaction.externalId());
        BankTransaction editedByUser = ports.transactions.findById(transaction.id()).orElseThrow();
        editedByUser.assignCategoryByUser(chosen.id(), ports.clock);
        ports.transactions.save(editedByUser);
        readBySync.applySource(row("raced").description("IDFS T2 corrected").updatedAt(SOURCE_TIME.plusSeconds(1)).build(),
                null, ports.clock);
        store.store(List.of(), List.of(readBySync));

        BankTransaction stored = read(List.of(transaction)).get(transaction.externalId());
        assertThat(stored.description()).isEqualTo("IDFS T2 corrected");
        assertThat(stored.categoryId()).isEqualTo(chosen.id());
        assertThat(stored.categorySource()).isEqualTo(CategorySource.USER);
    }

    @Test
    @DisplayName("outside a transaction the store refuses to work, and in the container it requires the caller's")
    void needsTheCallersTransaction() {
        EntityManager em = Jpa.factory().createEntityManager();
        try {
            JdbcTransactionStore outside = new JdbcTransactionStore(em, ports.clock);

            assertThatThrownBy(() -> outside.maxSourceUpdatedAt(account.id(), TransactionSource.BRIDGE))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            em.close();
        }
        Transactional transactional = JdbcTransactionStore.class.getAnnotation(Transactional.class);
        assertThat(transactional.value()).isEqualTo(Transactional.TxType.MANDATORY);
    }

    private record Audit(Instant createdAt, Instant updatedAt, long version) {
    }

    private static Audit audit(BankTransaction transaction) {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select created_at, updated_at, version from bank_transaction where id = ?")) {
            select.setObject(1, transaction.id().value());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Audit(row.getObject(1, OffsetDateTime.class).toInstant(),
                        row.getObject(2, OffsetDateTime.class).toInstant(), row.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity manager, but the connection it hands out notes each statement it executes. */
    private static EntityManager counting(EntityManager entityManager, List<String> executed) {
        return proxy(EntityManager.class, entityManager, (method, result) ->
                method.getName().equals("unwrap") && result instanceof Connection connection
                        ? proxy(Connection.class, connection, (m, statement) -> statement instanceof PreparedStatement prepared
                        ? proxy(PreparedStatement.class, prepared, (s, answer) -> {
                            if (s.getName().startsWith("execute")) {
                                executed.add(s.getName());
                            }
                            return answer;
                        }) : statement)
                        : result);
    }

    private interface Wrapping {
        Object wrap(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, Wrapping wrapping) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            try {
                return wrapping.wrap(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
