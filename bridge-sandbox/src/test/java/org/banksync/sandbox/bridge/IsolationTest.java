package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.banksync.sandbox.bridge.control.AccountRecord;
import org.banksync.sandbox.bridge.data.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Users see only their own items, accounts and transactions")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTest {

    private SandboxFixture fixture;
    private SandboxFixture.Connected alice;
    private SandboxFixture.Connected bob;

    @BeforeAll
    void start() {
        fixture = SandboxFixture.start(40);
        alice = fixture.connected("success");
        bob = fixture.connected("success");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("another user's item, account and transaction are 404s, also as filters")
    void othersAreHidden() {
        AccountRecord account = alice.item().account("checking");
        Transaction row = fixture.control.groundTruth(account.id()).get(0);
        assertThat(fixture.http.get("/v3/aggregation/items/" + alice.item().id(), bob.token()).status()).isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/accounts/" + account.id(), bob.token()).status()).isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/transactions/" + row.id(), bob.token()).status()).isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/accounts?item_id=" + alice.item().id(), bob.token()).status()).isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/transactions?account_id=" + account.id(), bob.token()).status())
                .isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/transactions/" + row.id(), alice.token()).json().get("id").asLong())
                .isEqualTo(row.id());
    }

    @Test
    @DisplayName("lists hold only the caller's resources")
    void listsAreScoped() {
        assertThat(fixture.http.get("/v3/aggregation/items", bob.token()).json().get("resources"))
                .singleElement().satisfies(item -> assertThat(item.get("id").asLong()).isEqualTo(bob.item().id()));
        assertThat(fixture.http.get("/v3/aggregation/accounts", bob.token()).json().get("resources"))
                .allSatisfy(account -> assertThat(account.get("item_id").asLong()).isEqualTo(bob.item().id()));
    }

    @Test
    @DisplayName("deleting an item answers 204, after which it and its accounts are gone")
    void deletesItems() {
        SandboxFixture.Connected carol = fixture.connected("success");
        long account = carol.item().account("savings").id();
        assertThat(fixture.http.delete("/v3/aggregation/items/" + carol.item().id(), bob.token()).status()).isEqualTo(404);
        assertThat(fixture.http.delete("/v3/aggregation/items/" + carol.item().id(), carol.token()).status()).isEqualTo(204);
        assertThat(fixture.http.get("/v3/aggregation/items/" + carol.item().id(), carol.token()).status()).isEqualTo(404);
        assertThat(fixture.http.get("/v3/aggregation/accounts/" + account, carol.token()).status()).isEqualTo(404);
    }
}
