package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.banksync.sandbox.bridge.control.AccountRecord;
import org.banksync.sandbox.bridge.data.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Transactions filter on updated_at (since exclusive, until inclusive) and on date (inclusive)")
class TransactionFiltersTest {

    private SandboxFixture fixture;
    private SandboxFixture.Connected user;
    private AccountRecord checking;
    private List<Transaction> truth;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(800);
        user = fixture.connected("success");
        checking = user.item().account("checking");
        truth = fixture.control.groundTruth(checking.id());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<JsonNode> rows(String filters) {
        return fixture.http.all("/v3/aggregation/transactions?account_id=" + checking.id() + "&limit=500&" + filters,
                user.token());
    }

    @Test
    @DisplayName("since returns only rows updated strictly after it")
    void sinceIsExclusive() {
        Transaction pivot = truth.get(600);
        List<JsonNode> rows = rows("since=" + pivot.updatedAt());
        assertThat(rows).hasSize(truth.size() - 601);
        assertThat(rows.get(0).get("id").asLong()).isEqualTo(truth.get(601).id());
    }

    @Test
    @DisplayName("until includes rows updated exactly at it")
    void untilIsInclusive() {
        Transaction pivot = truth.get(99);
        List<JsonNode> rows = rows("until=" + pivot.updatedAt());
        assertThat(rows).hasSize(100);
        assertThat(rows.get(99).get("id").asLong()).isEqualTo(pivot.id());
    }

    @Test
    @DisplayName("min_date and max_date include both bounds")
    void dateBoundsAreInclusive() {
        LocalDate from = truth.get(200).date();
        LocalDate to = truth.get(400).date();
        List<Long> expected = truth.stream().filter(row -> !row.date().isBefore(from) && !row.date().isAfter(to))
                .map(Transaction::id).toList();
        List<JsonNode> rows = rows("min_date=" + from + "&max_date=" + to);
        assertThat(rows).extracting(row -> row.get("id").asLong()).containsExactlyElementsOf(expected);
        assertThat(rows.get(0).get("date").asText()).isEqualTo(from.toString());
        assertThat(rows.get(rows.size() - 1).get("date").asText()).isEqualTo(to.toString());
    }

    @Test
    @DisplayName("a deleted row disappears from plain listings but comes back, flagged, to a since query")
    void deletedRowsShowOnlyWithSince() {
        long watermark = truth.get(truth.size() - 1).updatedAt().toEpochMilli();
        Transaction victim = truth.get(10);
        fixture.control.deleteTransaction(victim.id());

        assertThat(rows("min_date=" + truth.get(0).date())).extracting(row -> row.get("id").asLong())
                .doesNotContain(victim.id()).hasSize(truth.size() - 1);
        List<JsonNode> changed = rows("since=" + Instant.ofEpochMilli(watermark));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("id").asLong()).isEqualTo(victim.id());
        assertThat(changed.get(0).get("deleted").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a malformed since or min_date is a 400 naming the parameter")
    void refusesMalformedFilters() {
        BridgeHttp.Reply badSince = fixture.http.get("/v3/aggregation/transactions?since=yesterday", user.token());
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.json().path("errors").path(0).path("property").asText()).isEqualTo("since");
        BridgeHttp.Reply badDate = fixture.http.get("/v3/aggregation/transactions?min_date=2026-13-01", user.token());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").path(0).path("property").asText()).isEqualTo("min_date");
    }
}
