package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.client.PlaidTransaction;
import org.banksync.adapters.plaid.client.SyncPage;
import org.banksync.adapters.plaid.state.PlaidState;
import org.banksync.adapters.plaid.testing.SwappableState;
import org.banksync.domain.transaction.SourceTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.plaid.transaction.Rows.row;

@DisplayName("An update's rows, with a posted row keeping its pending row's identity")
class UpdateTranslatorTest {

    private static final String ACCOUNT = "acc-1";

    private final SwappableState store = new SwappableState();
    private final UpdateTranslator translator = new UpdateTranslator(new PlaidState(store));

    @Test
    @DisplayName("posting in one page: the posted row is stored under the pending id, the pending id's removal is no deletion")
    void postingOnOnePage() {
        List<SourceTransaction> rows = translate(page(List.of(row("T").replacing("P").build()), List.of(), List.of("P")));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.externalId().value()).isEqualTo("P");
            assertThat(row.future()).isFalse();
            assertThat(row.deleted()).isFalse();
        });
        assertThat(store.get("alias/acc-1/T")).contains("P");
        assertThat(store.get("replaced/acc-1/P")).contains("T");
    }

    @Test
    @DisplayName("posting split across pages, the removal first: the same single row")
    void postingAcrossPages() {
        List<SourceTransaction> rows = translate(page(List.of(), List.of(), List.of("P")),
                page(List.of(row("T").replacing("P").build()), List.of(), List.of()));

        assertThat(rows).extracting(row -> row.externalId().value() + (row.deleted() ? " deleted" : ""))
                .containsExactly("P");
    }

    @Test
    @DisplayName("raw pages with the pending row added, removed and posted in one update leave one booked row")
    void rawHistory() {
        List<SourceTransaction> rows = translate(page(List.of(row("P").pending().amount("40.00").build()), List.of(), List.of()),
                page(List.of(row("T").replacing("P").amount("46.50").build()), List.of(), List.of("P")));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.externalId().value()).isEqualTo("P");
            assertThat(row.future()).isFalse();
            assertThat(row.amount().amount()).isEqualByComparingTo("-46.50");
        });
    }

    @Test
    @DisplayName("later, a modified posted row goes to the pending id, even without pending_transaction_id; its removal deletes that row")
    void laterChangesFollowTheAlias() {
        translate(page(List.of(row("T").replacing("P").build()), List.of(), List.of("P")));

        assertThat(translate(page(List.of(), List.of(row("T").amount("13.00").build()), List.of())))
                .extracting(row -> row.externalId().value()).containsExactly("P");
        assertThat(translate(page(List.of(), List.of(row("T").replacing("P").amount("14.00").build()), List.of())))
                .extracting(row -> row.externalId().value()).containsExactly("P");
        assertThat(translate(page(List.of(), List.of(), List.of("T"))))
                .singleElement().satisfies(row -> {
                    assertThat(row.externalId().value()).isEqualTo("P");
                    assertThat(row.deleted()).isTrue();
                });
    }

    @Test
    @DisplayName("the pending id's removal arriving in a later update than its posting is still no deletion")
    void lateRemovalOfThePendingId() {
        translate(page(List.of(row("T").replacing("P").build()), List.of(), List.of()));

        assertThat(translate(page(List.of(), List.of(), List.of("P")))).isEmpty();
    }

    @Test
    @DisplayName("a row added and removed in the same update leaves only its deletion (harmless when unknown); a released hold is a deletion")
    void addedThenRemoved() {
        List<SourceTransaction> rows = translate(page(List.of(row("A").build(), row("H").pending().build()), List.of(),
                List.of("A", "H")));

        assertThat(rows).extracting(row -> row.externalId().value() + (row.deleted() ? " deleted" : ""))
                .containsExactly("A deleted", "H deleted");
    }

    @Test
    @DisplayName("a pending version never overwrites the posted row of the same identity in one update")
    void postedWinsOverPending() {
        List<SourceTransaction> rows = translate(page(List.of(row("T").replacing("P").build()),
                List.of(row("P").pending().build()), List.of()));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.future()).isFalse());
    }

    @Test
    @DisplayName("rows before the sync start date are left out; refused rows are reported, the others kept")
    void filtersAndRejects() {
        Update update = new Update(List.of(new SyncPage(List.of(row("old").date(LocalDate.of(2025, 12, 31)).build(),
                row("new").build(), row("btc").currency(null, "BTC").build()), List.of(), List.of(),
                List.of("transaction \"x\": amount is missing"), "c1", false)), "c1");

        UpdateTranslator.Rows rows = translator.translate(ACCOUNT, update, LocalDate.of(2026, 1, 1));

        assertThat(rows.rows()).extracting(row -> row.externalId().value()).containsExactly("new");
        assertThat(rows.rejected()).hasSize(2).anyMatch(reason -> reason.contains("btc") && reason.contains("BTC"));
    }

    private List<SourceTransaction> translate(SyncPage... pages) {
        return translator.translate(ACCOUNT, new Update(List.of(pages), "next"), null).rows();
    }

    private static SyncPage page(List<PlaidTransaction> added, List<PlaidTransaction> modified, List<String> removed) {
        return new SyncPage(added, modified, removed, List.of(), "c", false);
    }
}
