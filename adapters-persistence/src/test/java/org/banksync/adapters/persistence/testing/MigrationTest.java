package org.banksync.adapters.persistence.testing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations found inside this jar build the whole model on a real PostgreSQL. */
class MigrationTest {

    @Test
    @DisplayName("the migrations create every table of the model and the default company")
    void migrationsCreateTheModel() throws Exception {
        try (Connection connection = TestDatabase.get().dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("company", "bank", "bank_connection", "provider_account", "bank_account",
                    "transaction_category", "bank_transaction", "sync_run", "scheduled_job_claim", "webhook_event",
                    "connect_context", "provider_user", "rate_budget", "app_user", "api_token");
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("select name from company where code = 'DEFAULT'")) {
                assertThat(result.next()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("a second transaction with the same account, source and external id is refused by the schema")
    void transactionUpsertKeyIsUnique() throws Exception {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             var statement = connection.createStatement()) {
            String bank = java.util.UUID.randomUUID().toString();
            String account = java.util.UUID.randomUUID().toString();
            statement.execute("insert into bank (id, name, created_at, updated_at) values ('" + bank + "', 'B', now(), now())");
            statement.execute("insert into bank_account (id, company_code, bank_id, name, currency, created_at, updated_at)"
                    + " values ('" + account + "', 'DEFAULT', '" + bank + "', 'A', 'EUR', now(), now())");
            String insert = "insert into bank_transaction (id, bank_account_id, source, external_id, booking_date, amount,"
                    + " currency, status, created_at, updated_at) values (gen_random_uuid(), '" + account
                    + "', 'bridge', '42', date '2026-01-02', -194.00, 'EUR', 'BOOKED', now(), now())";
            statement.execute(insert);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(insert))
                    .hasMessageContaining("ux_transaction_source");
        }
    }
}
