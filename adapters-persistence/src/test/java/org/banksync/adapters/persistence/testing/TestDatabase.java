package org.banksync.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.banksync.adapters.persistence.migration.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostgreSQL that tests run against: the one named by BANKSYNC_TEST_DB_URL (with
 * BANKSYNC_TEST_DB_USER and BANKSYNC_TEST_DB_PASSWORD) when set, else an embedded one started once
 * per JVM. Either way the schema is migrated before first use. Tests must not assume empty tables:
 * an external database keeps the rows of earlier runs.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            SchemaMigrator.migrate(instance.dataSource());
        }
        return instance;
    }

    private static TestDatabase start() {
        String external = System.getenv("BANKSYNC_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new TestDatabase(external,
                    System.getenv().getOrDefault("BANKSYNC_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("BANKSYNC_TEST_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory goes with the next reboot
                }
            }, "test-postgres-stop"));
            return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL for tests did not start", e);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** How many sessions of this database wait for a lock inside a statement that starts with {@code statementStart}. */
    public int sessionsWaitingForALock(String statementStart) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from pg_stat_activity"
                     + " where datname = current_database() and wait_event_type = 'Lock' and starts_with(query, ?)")) {
            count.setString(1, statementStart);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        try {
            dataSource.setProperty("stringtype", "unspecified");
            dataSource.setProperty("reWriteBatchedInserts", "true");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}
