package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Data changing while a client pages is TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION; the loop restarts from its start")
class MutationDuringPaginationTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("a row added after the first page fails the next page (and a retry of it); restarting from the start cursor works")
    void naturalMutation() {
        JsonNode page1 = fixture.sync(item.accessToken(), "", 7, null).ok();
        assertThat(page1.get("has_more").asBoolean()).isTrue();
        TransactionRecord added = fixture.control.addTransaction(item.account("EUR").accountId(),
                NewTransaction.of("9.90", null, "Monoprix"));

        PlaidHttp.Reply page2 = fixture.sync(item.accessToken(), page1.get("next_cursor").asText(), 7, null);
        assertThat(page2.status()).isEqualTo(400);
        assertThat(page2.errorType()).isEqualTo("TRANSACTIONS_ERROR");
        assertThat(page2.errorCode()).isEqualTo("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");
        assertThat(fixture.sync(item.accessToken(), page1.get("next_cursor").asText(), 7, null).errorCode())
                .as("retrying the page fails again").isEqualTo("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");

        SandboxFixture.Loop restarted = fixture.loop(item.accessToken(), "", 7, null);
        Map<String, TransactionRecord> copy = SandboxFixture.copyOf(restarted);
        assertThat(copy).containsKey(added.transactionId()).isEqualTo(fixture.truth(item));
    }

    @Test
    @DisplayName("a change on another account does not void an account_id stream's loop")
    void otherStreamsAreUnaffected() {
        String eur = item.account("EUR").accountId();
        JsonNode page1 = fixture.sync(item.accessToken(), null, 7, eur).ok();
        fixture.control.addTransaction(item.account("USD").accountId(), NewTransaction.of("9.90", null, "Target"));
        assertThat(fixture.sync(item.accessToken(), page1.get("next_cursor").asText(), 7, eur).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a change after a finished update is no mutation: the next update simply carries it")
    void settledCursorIsNoLoop() {
        SandboxFixture.Loop loop = fixture.loop(item.accessToken(), null, 500, null);
        fixture.control.addTransaction(item.account("EUR").accountId(), NewTransaction.of("1.00", null, "Paul"));
        assertThat(fixture.sync(item.accessToken(), loop.nextCursor(), 500, null).ok().get("added")).hasSize(1);
    }

    @Test
    @DisplayName("the control switch forces the error for the next N calls, then a restart from the loop's start cursor succeeds")
    void forcedMutation() {
        SandboxFixture.Loop first = fixture.loop(item.accessToken(), null, 500, null);
        fixture.control.addTransaction(item.account("EUR").accountId(), NewTransaction.of("5.00", null, "Picard"));
        JsonNode page1 = fixture.sync(item.accessToken(), first.nextCursor(), 500, null).ok();
        assertThat(page1.get("added")).hasSize(1);
        fixture.control.forceMutationDuringPagination(item.itemId(), 2);

        assertThat(fixture.sync(item.accessToken(), first.nextCursor(), 500, null).errorCode())
                .isEqualTo("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");
        assertThat(fixture.sync(item.accessToken(), first.nextCursor(), 500, null).errorCode())
                .isEqualTo("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");
        JsonNode restarted = fixture.sync(item.accessToken(), first.nextCursor(), 500, null).ok();
        assertThat(restarted.get("added")).hasSize(1);
        assertThat(restarted.get("next_cursor").asText()).isEqualTo(page1.get("next_cursor").asText());
    }

    @Test
    @DisplayName("the global switch applies to any Item")
    void globalSwitch() {
        ItemRecord other = fixture.item(SandboxFixture.US_BANK);
        fixture.control.forceMutationDuringPagination(1);
        assertThat(fixture.sync(other.accessToken(), null, 10, null).errorCode())
                .isEqualTo("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION");
        assertThat(fixture.sync(item.accessToken(), null, 10, null).status()).isEqualTo(200);
    }
}
