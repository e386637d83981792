package org.banksync.bootstrap.it;

import jakarta.json.JsonObject;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.PlaidJourneys;
import org.banksync.bootstrap.testing.Journeys;
import org.banksync.bootstrap.testing.PayaraServer;
import org.banksync.bootstrap.testing.Poll;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.banksync.sandbox.bridge.control.SandboxControl;
import org.banksync.sandbox.bridge.fault.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once, the hard way: Payara is killed with SIGKILL while a run is between pages; another
 * server on the same database resumes the run once its lease lapses, and the account ends with
 * exactly the bank's rows, none lost and none twice.
 */
class CrashResumeIT {

    private final SandboxControl bank = TestEnvironmentSession.sandbox().control();

    @AfterEach
    void clearFaults() {
        bank.clearFaults();
    }

    @Test
    @DisplayName("a run killed mid-history resumes on another server and ends with exactly the bank's transactions")
    void killedRunResumes() throws Exception {
        List<String> shortLease = List.of("-Dbanksync.sync.lease.seconds=5");
        String accountId;
        String runId;
        long externalAccount;
        LocalDate since = LocalDate.now().minusMonths(12);
        try (PayaraServer first = PayaraServer.start(freePort(), "crash", shortLease)) {
            Http admin = Http.basic(first.base(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);
            Journeys journeys = new Journeys(first.base(), admin);
            Journeys.Connected connected = journeys.connectDemoBank();
            JsonObject checking = journeys.providerAccounts(connected).stream()
                    .filter(a -> "checking".equals(a.getString("type")) && !a.isNull("iban")).findFirst().orElseThrow();
            externalAccount = Long.parseLong(checking.getString("externalId"));
            accountId = journeys.openAndLink(connected, checking);

            // Slow pages, so that the kill lands between the first stored page and the last.
            bank.injectFault(Fault.latency(Duration.ofMillis(1500)).on("/v3/aggregation/transactions"));
            var accepted = admin.postJson("api/v1/bank-accounts/" + accountId + "/sync", "{\"since\":\"" + since + "\"}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            runId = Http.json(accepted).getString("id");
            Poll.until(() -> storedPages(runId), pages -> pages >= 1, Duration.ofSeconds(60), "a first page to be stored");
            first.kill();
        }
        assertThat(runState(runId)).isEqualTo("RUNNING");
        int pagesAtKill = storedPages(runId);
        bank.clearFaults();

        try (PayaraServer second = PayaraServer.start(freePort(), "crash", shortLease)) {
            Http admin = Http.basic(second.base(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);
            JsonObject run = Poll.until(() -> Http.json(admin.get("api/v1/sync-runs/" + runId)),
                    answer -> !"RUNNING".equals(answer.getString("state")) && !"QUEUED".equals(answer.getString("state")),
                    Duration.ofSeconds(120), "the killed run to be resumed and end");
            assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
            assertThat(run.getInt("pages")).isGreaterThan(pagesAtKill);
        }

        Map<String, String> truth = bank.groundTruth(externalAccount).stream()
                .filter(row -> !row.deleted() && !row.date().isBefore(since))
                .collect(Collectors.toMap(row -> Long.toString(row.id()), row -> row.amount().stripTrailingZeros().toPlainString()));
        assertThat(storedRows(accountId)).isEqualTo(truth);
    }

    @Test
    @DisplayName("a Plaid run killed between its complete updates resumes from its stored cursor on another server, picks up what"
            + " changed meanwhile and ends with exactly Plaid's transactions")
    void killedPlaidRunResumes() throws Exception {
        org.banksync.sandbox.plaid.control.SandboxControl plaid = TestEnvironmentSession.plaid().control();
        List<String> shortLease = List.of("-Dbanksync.sync.lease.seconds=5");
        String accountId;
        String runId;
        String plaidAccount;
        try (PayaraServer first = PayaraServer.start(freePort(), "crash-plaid", shortLease)) {
            Http admin = Http.basic(first.base(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);
            PlaidJourneys journeys = new PlaidJourneys(first.base(), admin);
            PlaidJourneys.Connected connected = journeys.connect();
            JsonObject eur = journeys.eurAccount(connected);
            plaidAccount = eur.getString("externalId");
            accountId = journeys.openAndLink(connected, eur);

            // Slow updates, so that the kill lands after the history is stored and before the run has seen the last update.
            plaid.injectFault(org.banksync.sandbox.plaid.fault.Fault.latency(Duration.ofMillis(2500)).on("/transactions/sync"));
            var accepted = admin.postJson("api/v1/bank-accounts/" + accountId + "/sync",
                    "{\"since\":\"" + LocalDate.now().minusYears(2) + "\"}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            runId = Http.json(accepted).getString("id");
            Poll.until(() -> storedPages(runId), pages -> pages >= 1, Duration.ofSeconds(60), "the history to be stored");
            first.kill();
        } finally {
            plaid.clearFaults();
        }
        assertThat(runState(runId)).isEqualTo("RUNNING");
        plaid.addTransaction(plaidAccount, org.banksync.sandbox.plaid.control.NewTransaction.of("-2500.00",
                plaid.now().atZone(java.time.ZoneOffset.UTC).toLocalDate(), "Virement reçu pendant la panne"));

        try (PayaraServer second = PayaraServer.start(freePort(), "crash-plaid", shortLease)) {
            Http admin = Http.basic(second.base(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);
            JsonObject run = Poll.until(() -> Http.json(admin.get("api/v1/sync-runs/" + runId)),
                    answer -> !"RUNNING".equals(answer.getString("state")) && !"QUEUED".equals(answer.getString("state")),
                    Duration.ofSeconds(120), "the killed run to be resumed and end");
            assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
            assertThat(run.getInt("created")).as("the row added while the server was down").isGreaterThanOrEqualTo(1);
        }

        Map<String, String> truth = plaid.groundTruth(plaidAccount).stream().collect(Collectors.toMap(
                row -> row.pendingTransactionId() != null ? row.pendingTransactionId() : row.transactionId(),
                row -> row.amount().negate().stripTrailingZeros().toPlainString()));
        assertThat(storedRows(accountId)).isEqualTo(truth);
    }

    private static int storedPages(String runId) {
        return query("select pages from sync_run where id = ?", runId, result -> result.getInt(1));
    }

    private static String runState(String runId) {
        return query("select state from sync_run where id = ?", runId, result -> result.getString(1));
    }

    /** externalId → amount of every stored row of the account, tombstones aside; a row stored twice would fail the key. */
    private static Map<String, String> storedRows(String accountId) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select external_id, amount from bank_transaction where bank_account_id = ? and deleted_at is null")) {
            select.setObject(1, UUID.fromString(accountId));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    assertThat(rows.put(result.getString(1), result.getBigDecimal(2).stripTrailingZeros().toPlainString())).isNull();
                }
            }
        }
        return rows;
    }

    private interface Column<T> {
        T read(ResultSet result) throws java.sql.SQLException;
    }

    private static <T> T query(String sql, String id, Column<T> column) {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? column.read(result) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
