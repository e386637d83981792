package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.control.Posting;
import org.banksync.sandbox.plaid.control.SandboxControlException;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A pending row posts as removed(pending) + added(posted, pending_transaction_id), possibly across pages")
class PendingPostingTest {

    private SandboxFixture fixture;
    private ItemRecord item;
    private String eur;
    private SandboxFixture.Loop first;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FRENCH_BANK);
        eur = item.firstAccount().accountId();
        first = fixture.loop(item.accessToken(), null, 500, null);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private TransactionRecord aPendingRow() {
        return fixture.control.groundTruth(eur).stream().filter(TransactionRecord::pending).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the history has pending rows, and posted rows whose pending_transaction_id names a row already gone")
    void historyHasPendingAndReplacedRows() {
        List<TransactionRecord> truth = fixture.control.groundTruth(eur);
        assertThat(truth).filteredOn(TransactionRecord::pending).hasSize(3)
                .allSatisfy(row -> assertThat(row.date()).isAfterOrEqualTo(SandboxFixture.START.atZone(
                        java.time.ZoneOffset.UTC).toLocalDate().minusDays(2)));
        List<TransactionRecord> replacing = truth.stream().filter(row -> row.pendingTransactionId() != null).toList();
        assertThat(replacing).isNotEmpty();
        replacing.forEach(row -> {
            assertThat(row.pending()).isFalse();
            assertThat(truth).noneMatch(other -> other.transactionId().equals(row.pendingTransactionId()));
        });
    }

    @Test
    @DisplayName("posting gives removed(P) and added(new id, pending=false, pending_transaction_id=P) in one update")
    void posting() {
        TransactionRecord pending = aPendingRow();
        TransactionRecord posted = fixture.control.postTransaction(pending.transactionId());
        assertThat(posted.transactionId()).isNotEqualTo(pending.transactionId());
        assertThat(posted.pending()).isFalse();
        assertThat(posted.pendingTransactionId()).isEqualTo(pending.transactionId());
        assertThat(posted.amount()).isEqualByComparingTo(pending.amount());

        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 500, null);
        assertThat(update.ids("removed")).containsExactly(pending.transactionId());
        assertThat(update.ids("added")).containsExactly(posted.transactionId());
        JsonNode added = update.all("added").get(0);
        assertThat(added.get("pending").asBoolean()).isFalse();
        assertThat(added.get("pending_transaction_id").asText()).isEqualTo(pending.transactionId());
        Map<String, TransactionRecord> copy = SandboxFixture.copyOf(first);
        SandboxFixture.apply(copy, update);
        assertThat(copy).isEqualTo(fixture.truth(item));
    }

    @Test
    @DisplayName("split_pages puts the removed and the added change on two pages even with count=500")
    void splitAcrossPages() {
        TransactionRecord pending = aPendingRow();
        TransactionRecord posted = fixture.control.postTransaction(pending.transactionId(), Posting.split());

        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 500, null);
        assertThat(update.pages()).hasSize(2);
        assertThat(update.pages().get(0).get("removed").get(0).get("transaction_id").asText())
                .isEqualTo(pending.transactionId());
        assertThat(update.pages().get(0).get("has_more").asBoolean()).isTrue();
        assertThat(update.pages().get(0).get("added")).isEmpty();
        assertThat(update.pages().get(1).get("added").get(0).get("transaction_id").asText())
                .isEqualTo(posted.transactionId());
    }

    @Test
    @DisplayName("added_first with split_pages serves the posted row a page before the removal of its pending row")
    void addedBeforeRemoved() {
        TransactionRecord pending = aPendingRow();
        TransactionRecord posted = fixture.control.postTransaction(pending.transactionId(),
                Posting.split().addedBeforeRemoved());
        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 500, null);
        assertThat(update.pages()).hasSize(2);
        assertThat(update.pages().get(0).get("added").get(0).get("transaction_id").asText())
                .isEqualTo(posted.transactionId());
        assertThat(update.pages().get(1).get("removed").get(0).get("transaction_id").asText())
                .isEqualTo(pending.transactionId());
    }

    @Test
    @DisplayName("the posted amount can differ (a tip), and a pending row can vanish without a posted one")
    void changedAmountAndDrop() {
        List<TransactionRecord> pendings = fixture.control.groundTruth(eur).stream()
                .filter(TransactionRecord::pending).toList();
        TransactionRecord tipped = fixture.control.postTransaction(pendings.get(0).transactionId(),
                Posting.withAmount("57.30"));
        assertThat(tipped.amount()).isEqualByComparingTo("57.30");
        TransactionRecord dropped = fixture.control.dropPendingTransaction(pendings.get(1).transactionId());
        assertThat(dropped.transactionId()).isEqualTo(pendings.get(1).transactionId());

        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 500, null);
        assertThat(update.ids("removed")).containsExactlyInAnyOrder(pendings.get(0).transactionId(),
                pendings.get(1).transactionId());
        assertThat(update.ids("added")).containsExactly(tipped.transactionId());
        assertThat(update.all("added").get(0).get("amount").decimalValue()).isEqualByComparingTo("57.30");
    }

    @Test
    @DisplayName("a control-added pending row posts too; a posted row cannot be posted again (409)")
    void addedPendingRow() {
        TransactionRecord pending = fixture.control.addTransaction(eur,
                NewTransaction.of("18.00", null, "Restaurant").asPending());
        assertThat(pending.pending()).isTrue();
        TransactionRecord posted = fixture.control.postTransaction(pending.transactionId());
        assertThatThrownBy(() -> fixture.control.postTransaction(posted.transactionId()))
                .isInstanceOf(SandboxControlException.class)
                .satisfies(e -> assertThat(((SandboxControlException) e).status()).isEqualTo(409));
    }
}
