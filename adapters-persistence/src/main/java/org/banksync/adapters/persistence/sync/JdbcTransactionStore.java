package org.banksync.adapters.persistence.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.transaction.BankTransactionRows;
import org.banksync.application.sync.port.out.TransactionStore;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages of transactions in {@code bank_transaction} with set-based JDBC: a page is one select by its keys, one
 * batch of inserts and one batch of updates, and nothing is kept between calls.
 * <p>
 * The SQL runs on the connection of the caller's transaction, which EclipseLink hands out through
 * {@code EntityManager.unwrap(Connection.class)}: in Payara it is the JTA datasource's connection enlisted in the
 * JTA transaction, outside the container the resource-local one, so the same code commits or rolls back with the
 * use case's other writes in both. What JPA still holds for the transaction is flushed first, so the SQL sees it.
 * The rows written here are not in the persistence context: an entity of {@code bank_transaction} loaded earlier
 * in the same transaction is stale afterwards (and its version check fails if it is saved).
 * <p>
 * New rows are plain inserts, without {@code on conflict}: within a run they are new by construction (the page was
 * just read by its keys, and one run at a time writes an account). A conflict means a second writer on the account,
 * such as a worker whose lease lapsed, and its page must fail and roll back rather than count rows it did not write.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JdbcTransactionStore implements TransactionStore {

    /** Rows per executed batch: a whole page of the feed, while a larger caller still never holds more. */
    static final int BATCH_SIZE = 500;

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JdbcTransactionStore() {
    }

    @Inject
    public JdbcTransactionStore(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JdbcTransactionStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Map<ExternalRef, BankTransaction> findByKeys(BankAccountId bankAccountId, TransactionSource source,
                                                        Collection<ExternalRef> externalIds) {
        Map<ExternalRef, BankTransaction> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        Connection connection = connection();
        try (PreparedStatement select = connection.prepareStatement(BankTransactionRows.SELECT_BY_KEYS)) {
            select.setArray(1, connection.createArrayOf("text",
                    externalIds.stream().map(ExternalRef::value).distinct().toArray()));
            select.setObject(2, bankAccountId.value());
            select.setString(3, source.wireName());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    BankTransaction transaction = BankTransactionRows.read(rows);
                    found.put(transaction.externalId(), transaction);
                }
            }
        } catch (SQLException e) {
            throw failed("read the stored transactions of account " + bankAccountId, e);
        }
        return found;
    }

    /** Inserts first, so that a tombstone among the changed rows may name a replacement created in the same page. */
    @Override
    public void store(List<BankTransaction> created, List<BankTransaction> changed) {
        if (created.isEmpty() && changed.isEmpty()) {
            return;
        }
        Connection connection = connection();
        Instant now = clock.instant();
        try {
            if (!created.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(BankTransactionRows.INSERT_PAGE)) {
                    insert.setString(1, now.toString());
                    String[][] columns = BankTransactionRows.columnsOf(created);
                    for (int column = 0; column < columns.length; column++) {
                        insert.setArray(column + 2, connection.createArrayOf("text", columns[column]));
                    }
                    int inserted = insert.executeUpdate();
                    if (inserted != created.size()) {
                        throw new IllegalStateException(inserted + " of " + created.size() + " new transactions were stored");
                    }
                }
            }
            if (!changed.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(BankTransactionRows.UPDATE)) {
                    int from = 0;
                    for (int i = 0; i < changed.size(); i++) {
                        BankTransactionRows.bindUpdate(update, changed.get(i));
                        update.addBatch();
                        if ((i + 1) % BATCH_SIZE == 0 || i + 1 == changed.size()) {
                            requireEachUpdated(update.executeBatch(), changed, from);
                            from = i + 1;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failed("store " + created.size() + " new and " + changed.size() + " changed transactions", e);
        }
    }

    @Override
    public Optional<Instant> maxSourceUpdatedAt(BankAccountId bankAccountId, TransactionSource source) {
        try (PreparedStatement select = connection().prepareStatement(BankTransactionRows.MAX_SOURCE_UPDATED_AT)) {
            select.setObject(1, bankAccountId.value());
            select.setString(2, source.wireName());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.ofNullable(BankTransactionRows.instant(row, "watermark"));
            }
        } catch (SQLException e) {
            throw failed("read the watermark of account " + bankAccountId, e);
        }
    }

    /** The connection of the caller's transaction (never closed here: it is the transaction's). */
    private Connection connection() {
        entityManager.flush();
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the transaction store works in the caller's transaction, and there is none");
        }
        return connection;
    }

    /** An update that changed no row names a transaction that is not stored: the page must not pass for stored. */
    private static void requireEachUpdated(int[] counts, List<BankTransaction> changed, int from) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new IllegalStateException("transaction " + changed.get(from + i) + " is not stored, so it cannot be updated");
            }
        }
    }

    private static PersistenceException failed(String what, SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new PersistenceException("Could not " + what + ": " + cause.getMessage(), e);
    }
}
