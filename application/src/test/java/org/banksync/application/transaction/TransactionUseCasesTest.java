package org.banksync.application.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.transaction.port.in.CategorizeTransactionCommand;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.banksync.domain.transaction.TombstoneReason;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionStatus;
import org.junit.jupiter.api.Test;

class TransactionUseCasesTest {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final FindTransactionsService find = new FindTransactionsService(adapters.transactions);
    private final CategorizeTransactionService categorize =
            new CategorizeTransactionService(adapters.transactions, adapters.categories, adapters.clock);
    private final BankAccount account = adapters.storedAccount(CompanyCode.DEFAULT, "Compte", null);
    private final BankAccount other = adapters.storedAccount(CompanyCode.DEFAULT, "Livret", null);

    private final BankTransaction card = adapters.storedTransaction(account, aSourceTransaction().externalId("card")
            .amount("-194").description("CB Idfs G").bookingDate(LocalDate.of(2024, 11, 25)));
    private final BankTransaction salary = adapters.storedTransaction(account, aSourceTransaction().externalId("salary")
            .amount("2500.00").description("VIR SALAIRE NOVEMBRE").bookingDate(LocalDate.of(2024, 11, 28)));
    private final BankTransaction pending = adapters.storedTransaction(account, aSourceTransaction().externalId("future")
            .amount("-12.5").description("PRLV FREE MOBILE").future(true).bookingDate(LocalDate.of(2024, 12, 2)));
    private final BankTransaction savings = adapters.storedTransaction(other, aSourceTransaction().externalId("int")
            .amount("3.21").description("INTERETS").bookingDate(LocalDate.of(2024, 12, 31)));

    private static TransactionFilter.Builder filter() {
        return TransactionFilter.builder();
    }

    private List<BankTransaction> list(TransactionFilter filter) {
        return find.list(filter, PageRequest.firstPage()).items();
    }

    @Test
    void listTransactions_ofAnAccount() {
        assertThat(list(TransactionFilter.ofAccount(account.id()))).containsExactlyInAnyOrder(card, salary, pending);
        assertThat(list(null)).hasSize(4);
    }

    @Test
    void listTransactions_byBookingDateBothEndsIncluded() {
        assertThat(list(filter().from(LocalDate.of(2024, 11, 25)).to(LocalDate.of(2024, 11, 28)).build()))
                .containsExactlyInAnyOrder(card, salary);
    }

    @Test
    void listTransactions_bySignedAmount() {
        assertThat(list(filter().maxAmount(new BigDecimal("0")).build())).containsExactlyInAnyOrder(card, pending);
        assertThat(list(filter().minAmount(new BigDecimal("-20")).maxAmount(new BigDecimal("10")).build()))
                .containsExactlyInAnyOrder(pending, savings);
    }

    @Test
    void listTransactions_byStatusTextAndCategory() {
        TransactionCategory phone = adapters.storedCategory("Phone", null);
        categorize.categorize(new CategorizeTransactionCommand(pending.id(), phone.id()));

        assertThat(list(filter().status(TransactionStatus.PENDING).build())).containsExactly(pending);
        assertThat(list(filter().q("salaire").build())).containsExactly(salary);
        assertThat(list(filter().categoryId(phone.id()).build())).containsExactly(pending);
    }

    @Test
    void tombstones_areHiddenUnlessAskedFor_andComeWithUpdatedSince() {
        Instant before = adapters.clock.instant();
        adapters.clock.advance(Duration.ofHours(1));
        card.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, adapters.clock);

        assertThat(list(TransactionFilter.ofAccount(account.id()))).doesNotContain(card);
        assertThat(list(filter().includeDeleted().build())).contains(card);
        assertThat(list(filter().updatedSince(before.plusSeconds(1)).build())).containsExactly(card);
    }

    @Test
    void givenInvertedRanges_transactionFilter_isRefused() {
        assertRefused(() -> filter().from(LocalDate.of(2024, 2, 1)).to(LocalDate.of(2024, 1, 1)).build(), "to");
        assertRefused(() -> filter().minAmount(new BigDecimal("10")).maxAmount(new BigDecimal("-10")).build(),
                "maxAmount");
        assertRefused(() -> filter().q("x".repeat(201)).build(), "q");
    }

    @Test
    void listTransactions_pagesWithoutMissingOrRepeating() {
        List<BankTransaction> seen = new ArrayList<>();
        Page<BankTransaction> page = find.list(TransactionFilter.none(), PageRequest.first(1));
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = find.list(TransactionFilter.none(), PageRequest.of(1, page.nextCursor()));
            seen.addAll(page.items());
        }

        assertThat(seen).containsExactlyInAnyOrder(card, salary, pending, savings).doesNotHaveDuplicates();
    }

    @Test
    void getTransaction_orNotFound() {
        assertThat(find.get(card.id())).isEqualTo(card);
        assertThatThrownBy(() -> find.get(TransactionId.newId())).isInstanceOf(NotFound.class);
    }

    @Test
    void categorizeTransaction_setsTheUsersCategory() {
        TransactionCategory groceries = adapters.storedCategory("Groceries", null);
        adapters.clock.advance(Duration.ofMinutes(1));

        BankTransaction categorized = categorize.categorize(new CategorizeTransactionCommand(card.id(), groceries.id()));

        assertThat(categorized.categoryId()).isEqualTo(groceries.id());
        assertThat(categorized.categorySource()).isEqualTo(CategorySource.USER);
        assertThat(categorized.updatedAt()).isEqualTo(adapters.clock.instant());
    }

    @Test
    void givenUnknownCategory_categorizeTransaction_isRefused() {
        assertRefused(() -> categorize.categorize(new CategorizeTransactionCommand(card.id(), CategoryId.newId())),
                "categoryId");
        assertThatThrownBy(() -> categorize.categorize(new CategorizeTransactionCommand(TransactionId.newId(),
                adapters.storedCategory("X", null).id()))).isInstanceOf(NotFound.class);
    }

    @Test
    void givenDeletedTransaction_categorizeTransaction_isRefused() {
        TransactionCategory groceries = adapters.storedCategory("Groceries", null);
        card.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, adapters.clock);

        assertRefused(() -> categorize.categorize(new CategorizeTransactionCommand(card.id(), groceries.id())),
                "categoryId");
    }

    @Test
    void minAmountAndMaxAmount_compareNumerically() {
        assertThat(list(filter().minAmount(new BigDecimal("2500")).maxAmount(new BigDecimal("2500.000")).build()))
                .containsExactly(salary);
    }

    @Test
    void sumAmounts_addsTheFilteredLiveAmountsExactly_andCountsThem() {
        TransactionTotals ofAccount = find.sumAmounts(TransactionFilter.ofAccount(account.id()));
        TransactionTotals outgoing = find.sumAmounts(filter().maxAmount(BigDecimal.ZERO).build());
        TransactionTotals nothing = find.sumAmounts(filter().q("no such text").build());

        assertThat(ofAccount.count()).isEqualTo(3);
        assertThat(ofAccount.sums()).singleElement()
                .satisfies(sum -> assertThat(sum.amount()).isEqualByComparingTo("2293.50"));
        assertThat(outgoing.count()).isEqualTo(2);
        assertThat(outgoing.sums().get(0).amount()).isEqualByComparingTo("-206.5");
        assertThat(nothing).isEqualTo(TransactionTotals.none());
    }
}
