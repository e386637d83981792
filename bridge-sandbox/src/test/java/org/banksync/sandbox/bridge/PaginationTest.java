package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.banksync.sandbox.bridge.control.AccountRecord;
import org.banksync.sandbox.bridge.data.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Lists page with limit and an opaque after cursor carried by a relative next_uri")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginationTest {

    private SandboxFixture fixture;
    private SandboxFixture.Connected user;
    private AccountRecord checking;

    @BeforeAll
    void start() {
        fixture = SandboxFixture.start(3000);
        user = fixture.connected("success");
        checking = user.item().account("checking");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("pages of 500 over an account of thousands of rows serve every row once, in a stable order")
    void servesEveryRowOnce() {
        String minDate = fixture.control.groundTruth(checking.id()).get(0).date().toString();
        String next = "/v3/aggregation/transactions?account_id=" + checking.id() + "&min_date=" + minDate + "&limit=500";
        List<Long> ids = new ArrayList<>();
        List<String> nextUris = new ArrayList<>();
        while (next != null) {
            JsonNode page = fixture.http.get(next, user.token()).json();
            assertThat(page.get("resources").size()).isLessThanOrEqualTo(500);
            page.get("resources").forEach(row -> ids.add(row.get("id").asLong()));
            JsonNode uri = page.path("pagination").path("next_uri");
            next = uri.isNull() ? null : uri.asText();
            if (next != null) {
                nextUris.add(next);
            }
        }
        List<Long> expected = fixture.control.groundTruth(checking.id()).stream().map(Transaction::id).toList();
        assertThat(ids).hasSize(3000).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(nextUris).hasSize(5).allSatisfy(uri -> assertThat(uri)
                .startsWith("/v3/aggregation/transactions?")
                .contains("account_id=" + checking.id(), "min_date=" + minDate, "limit=500")
                .containsPattern("after=[A-Za-z0-9_-]+"));
    }

    @Test
    @DisplayName("without account_id the pages run across all the user's accounts and still miss nothing")
    void pagesAcrossAccounts() {
        List<JsonNode> rows = fixture.http.all("/v3/aggregation/transactions?limit=500", user.token());
        int expected = user.item().accounts().stream()
                .mapToInt(account -> fixture.control.groundTruth(account.id()).size()).sum();
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.get("id").asLong()));
        assertThat(rows).hasSize(expected);
        assertThat(ids).hasSize(expected);
    }

    @Test
    @DisplayName("the default page holds 50 rows and its next_uri says limit=50")
    void defaultLimit() {
        JsonNode page = fixture.http.get("/v3/aggregation/transactions?account_id=" + checking.id(), user.token()).json();
        assertThat(page.get("resources")).hasSize(50);
        assertThat(page.path("pagination").path("next_uri").asText()).endsWith("limit=50");
    }

    @Test
    @DisplayName("a limit above 500 or below 1 and a forged cursor are refused with 400")
    void refusesBadPaging() {
        for (String query : List.of("limit=501", "limit=0", "limit=ten", "after=%21%21%21")) {
            BridgeHttp.Reply reply = fixture.http.get("/v3/aggregation/transactions?" + query, user.token());
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo("invalid_parameter");
        }
        assertThat(fixture.http.get("/v3/aggregation/transactions?limit=500", user.token()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the last page's next_uri is null, and small lists fit one page")
    void lastPage() {
        JsonNode accounts = fixture.http.get("/v3/aggregation/accounts?item_id=" + user.item().id(), user.token()).json();
        assertThat(accounts.get("resources").size()).isEqualTo(user.item().accounts().size());
        assertThat(accounts.path("pagination").path("next_uri").isNull()).isTrue();
        JsonNode providers = fixture.http.get("/v3/providers?limit=2").json();
        assertThat(providers.get("resources")).hasSize(2);
        assertThat(providers.path("pagination").path("next_uri").asText()).startsWith("/v3/providers?after=");
    }
}
