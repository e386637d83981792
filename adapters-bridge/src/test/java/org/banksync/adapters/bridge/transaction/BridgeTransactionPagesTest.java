package org.banksync.adapters.bridge.transaction;

import org.banksync.adapters.bridge.client.BridgeTransaction;
import org.banksync.adapters.bridge.client.TransactionQuery;
import org.banksync.adapters.bridge.client.TransactionsPage;
import org.banksync.adapters.bridge.testing.BridgeHarness;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.banksync.sandbox.bridge.data.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.bridge.testing.BridgeHarness.ACME;

@DisplayName("An account's transactions read page by page")
class BridgeTransactionPagesTest {

    @RegisterExtension
    static final BridgeHarness bridge = new BridgeHarness();

    private BridgeTransactionPages pages;
    private long checking;

    @BeforeEach
    void connectAnItem() {
        pages = bridge.stack().transactions();
        ItemRecord item = bridge.connectedItem(ACME, "success");
        checking = item.account("checking").id();
    }

    @Test
    @DisplayName("3,000 rows read 500 at a time by following next_uri are exactly the sandbox's rows, once each")
    void followsNextUriToTheEnd() {
        List<BridgeTransaction> rows = new ArrayList<>();
        TransactionsPage page = pages.firstPage(ACME, new TransactionQuery(checking, null, null, 500));
        int count = 1;
        rows.addAll(page.rows());
        while (page.nextUri() != null) {
            assertThat(page.nextUri()).startsWith("/v3/aggregation/transactions?");
            page = pages.nextPage(ACME, page.nextUri());
            rows.addAll(page.rows());
            count++;
            assertThat(page.rejected()).isEmpty();
        }

        List<Transaction> truth = bridge.control().groundTruth(checking);
        assertThat(truth).hasSize(3000);
        assertThat(rows).hasSize(truth.size());
        assertThat(rows.stream().map(BridgeTransaction::id)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(truth.stream().map(Transaction::id).toList());
        assertThat(count).isBetween(6, 7);
        Transaction first = truth.get(0);
        BridgeTransaction read = rows.stream().filter(row -> row.id() == first.id()).findFirst().orElseThrow();
        assertThat(read.amount()).isEqualByComparingTo(first.amount());
        assertThat(read.date()).isEqualTo(first.date());
        assertThat(read.accountId()).isEqualTo(checking);
    }

    @Test
    @DisplayName("min_date keeps older rows out, and the filter travels in next_uri")
    void minDateFilter() {
        LocalDate from = bridge.control().groundTruth(checking).get(2000).date();

        List<BridgeTransaction> rows = new ArrayList<>();
        TransactionsPage page = pages.firstPage(ACME, new TransactionQuery(checking, null, from, 200));
        rows.addAll(page.rows());
        while (page.nextUri() != null) {
            assertThat(page.nextUri()).contains("min_date=" + from);
            page = pages.nextPage(ACME, page.nextUri());
            rows.addAll(page.rows());
        }

        long expected = bridge.control().groundTruth(checking).stream().filter(row -> !row.date().isBefore(from)).count();
        assertThat(rows).hasSize((int) expected).allMatch(row -> !row.date().isBefore(from));
    }
}
