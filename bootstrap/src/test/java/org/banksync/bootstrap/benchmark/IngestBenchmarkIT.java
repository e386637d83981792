package org.banksync.bootstrap.benchmark;

import jakarta.json.JsonObject;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.Journeys;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BENCHMARKS.md's ingestion benchmark, run with {@code mvn -B -Pbenchmark verify}: a first sync of
 * 100,000 sandbox transactions through the real path (Bridge's wire format over HTTP, the adapter,
 * the sync engine, batched SQL in PostgreSQL), beside PostgreSQL's COPY of the same rows into the
 * same table in the same run. Prints both rates; asserts only that every row arrived.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "banksync.benchmark", matches = "true")
class IngestBenchmarkIT {

    private static final String COLUMNS = "id, bank_account_id, source, external_id, booking_date, value_date, amount, currency,"
            + " description, raw_description, operation_type, provider_category_external_id, category_id, category_source,"
            + " status, deleted_at, deleted_reason, source_updated_at, created_at, updated_at";

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    @Test
    void ingestsAHundredThousandTransactions() throws Exception {
        Http admin = Http.basic(TestEnvironmentSession.banksync(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);
        Journeys journeys = new Journeys(TestEnvironmentSession.banksync(), admin);
        Journeys.Connected connected = journeys.connectDemoBank();
        JsonObject checking = journeys.providerAccounts(connected).stream()
                .filter(account -> "checking".equals(account.getString("type")) && !account.isNull("iban")).findFirst().orElseThrow();
        String accountId = journeys.openAndLink(connected, checking);
        int expected = (int) TestEnvironmentSession.sandbox().control().groundTruth(Long.parseLong(checking.getString("externalId")))
                .stream().filter(row -> !row.deleted()).count();

        JsonObject run = journeys.synchronise(accountId, LocalDate.now().minusMonths(40), Duration.ofMinutes(20));

        assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("created")).isEqualTo(expected);
        double syncSeconds = Duration.between(Instant.parse(run.getString("startedAt")), Instant.parse(run.getString("finishedAt")))
                .toNanos() / 1e9;
        double syncRate = run.getInt("created") / syncSeconds;

        CopyResult copy = copySameRows(UUID.fromString(accountId), UUID.fromString(connected.bankId()));
        assertThat(copy.rows()).isEqualTo(expected);
        double copyRate = copy.rows() / copy.seconds();

        String report = String.format(Locale.ROOT, """
                rows: %d (%d pages of up to 500)
                sync (real path, first run): %.1f s, %.0f transactions/s
                COPY of the same rows into bank_transaction: %.2f s, %.0f rows/s
                sync / COPY: %.1f %%
                """, expected, run.getInt("pages"), syncSeconds, syncRate, copy.seconds(), copyRate, 100 * syncRate / copyRate);
        System.out.println("[benchmark] " + report.replace("\n", "\n[benchmark] "));
        Path artifacts = Path.of(System.getProperty("banksync.test.artifacts", "target/test-artifacts"));
        Files.createDirectories(artifacts);
        Files.writeString(artifacts.resolve("ingest-benchmark.txt"), report);
    }

    /** Exports the synchronised rows (new ids, another account) untimed, then times COPY FROM STDIN of them. */
    private static CopyResult copySameRows(UUID syncedAccount, UUID bankId) throws Exception {
        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            UUID target = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("insert into bank_account (id, company_code, bank_id, name,"
                    + " currency, created_at, updated_at) values (?, 'DEFAULT', ?, 'COPY baseline', 'EUR', now(), now())")) {
                insert.setObject(1, target);
                insert.setObject(2, bankId);
                insert.executeUpdate();
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("copy (select gen_random_uuid(), '" + target + "'::uuid, source, external_id, booking_date, value_date,"
                    + " amount, currency, description, raw_description, operation_type, provider_category_external_id, category_id,"
                    + " category_source, status, deleted_at, deleted_reason, source_updated_at, created_at, updated_at"
                    + " from bank_transaction where bank_account_id = '" + syncedAccount + "') to stdout", rows);
            long start = System.nanoTime();
            long copied = copy.copyIn("copy bank_transaction (" + COLUMNS + ") from stdin", new ByteArrayInputStream(rows.toByteArray()));
            return new CopyResult((int) copied, (System.nanoTime() - start) / 1e9);
        }
    }

    private record CopyResult(int rows, double seconds) {
    }
}
