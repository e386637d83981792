package org.banksync.adapters.persistence.sync;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.out.TransactionStore;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.testing.SourceTransactionBuilder;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TombstoneReason;
import org.banksync.domain.transaction.TransactionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;

/** What every {@link TransactionStore} promises; a subclass runs it against one implementation. */
public abstract class TransactionStoreContract {

    protected static final Instant SOURCE_TIME = Instant.parse("2024-11-25T16:10:10.144Z");

    protected final Ports ports;
    protected final TransactionStore store;
    protected final BankAccount account;

    protected TransactionStoreContract(Ports ports) {
        this.ports = ports;
        this.store = ports.store;
        this.account = ports.storedAccount();
    }

    protected static SourceTransactionBuilder row(String externalId) {
        return aSourceTransaction().externalId(externalId).updatedAt(SOURCE_TIME);
    }

    /** A transaction recorded now from the row, for the test's account, not yet stored. */
    protected BankTransaction recorded(SourceTransactionBuilder row) {
        return BankTransaction.record(account.id(), row.build(), null, ports.clock);
    }

    /** The {@code count} transactions from number {@code first} on, with amounts and dates that differ row to row. */
    protected List<BankTransaction> recordedRange(int first, int count) {
        List<BankTransaction> page = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i % 300);
            page.add(recorded(row(key(i)).date(day).bookingDate(day).amount(String.format("-%d.%02d", i, i % 100))
                    .description("Card payment " + i)));
        }
        return page;
    }

    protected static String key(int number) {
        return String.format("tx-%04d", number);
    }

    protected Map<ExternalRef, BankTransaction> read(List<BankTransaction> transactions) {
        return store.findByKeys(account.id(), TransactionSource.BRIDGE,
                transactions.stream().map(BankTransaction::externalId).toList());
    }

    /** Everything a transaction holds, to compare stored rows with what was written. */
    protected static List<Object> everyField(BankTransaction t) {
        return Arrays.asList(t.id(), t.bankAccountId(), t.source(), t.externalId(), t.bookingDate(), t.valueDate(),
                t.amount(), t.description(), t.rawDescription(), t.operationType(), t.providerCategoryExternalId(),
                t.categoryId(), t.categorySource(), t.status(), t.tombstone(), t.sourceUpdatedAt(), t.updatedAt());
    }

    protected static Map<ExternalRef, List<Object>> everyFieldByKey(Iterable<BankTransaction> transactions) {
        Map<ExternalRef, List<Object>> fields = new LinkedHashMap<>();
        transactions.forEach(t -> fields.put(t.externalId(), everyField(t)));
        return fields;
    }

    @Test
    @DisplayName("a thousand new rows stored in two pages, then 300 changed and 50 tombstoned, read back exactly as written")
    void storesPagesThenChanges() {
        List<BankTransaction> all = new ArrayList<>(recordedRange(0, 500));
        store.store(all, List.of());
        ports.clock.advance(Duration.ofMinutes(1));
        List<BankTransaction> secondPage = recordedRange(500, 500);
        store.store(secondPage, List.of());
        all.addAll(secondPage);
        ports.clock.advance(Duration.ofHours(1));

        Map<ExternalRef, BankTransaction> current = new LinkedHashMap<>(read(all));
        List<BankTransaction> changed = new ArrayList<>();
        Instant later = SOURCE_TIME.plus(Duration.ofDays(1));
        for (int i = 0; i < 300; i++) {
            BankTransaction transaction = current.get(ExternalRef.of(key(i * 3)));
            transaction.applySource(row(key(i * 3)).amount("-" + i + ".5").description("Card payment " + i + ", corrected")
                    .updatedAt(later).build(), null, ports.clock);
            changed.add(transaction);
        }
        for (int i = 0; i < 50; i++) {
            BankTransaction transaction = current.get(ExternalRef.of(key(i * 3 + 1)));
            transaction.applySource(SourceTransaction.deletion(TransactionSource.BRIDGE, transaction.externalId(), later),
                    null, ports.clock);
            changed.add(transaction);
        }
        store.store(List.of(), changed);

        Map<ExternalRef, BankTransaction> stored = read(all);
        assertThat(stored).hasSize(1000);
        assertThat(everyFieldByKey(stored.values())).isEqualTo(everyFieldByKey(current.values()));
        assertThat(stored.values()).filteredOn(t -> !t.isLive()).hasSize(50)
                .allSatisfy(t -> assertThat(t.tombstone().reason()).isEqualTo(TombstoneReason.DELETED_AT_SOURCE));
        assertThat(stored.get(ExternalRef.of(key(3))).amount().amount()).isEqualTo(new BigDecimal("-1.5"));
        assertThat(everyFieldByKey(listedThroughTheRepository())).isEqualTo(everyFieldByKey(current.values()));
    }

    /** The account's transactions as the transaction repository lists them, tombstones included. */
    private List<BankTransaction> listedThroughTheRepository() {
        TransactionFilter filter = TransactionFilter.builder().bankAccountId(account.id()).includeDeleted().build();
        List<BankTransaction> listed = new ArrayList<>();
        Page<BankTransaction> page = ports.transactions.findPage(filter, PageRequest.first(PageRequest.MAX_LIMIT));
        listed.addAll(page.items());
        while (page.hasNext()) {
            page = ports.transactions.findPage(filter, new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor()));
            listed.addAll(page.items());
        }
        return listed;
    }

    @Test
    @DisplayName("amounts come back exactly as the source gave them, scale included: -194.00 stays -194.00, before and after an update")
    void keepsTheScaleOfAmounts() {
        List<String> amounts = List.of("-194.00", "-194", "2500.000", "0.10", "-0.01", "123456789012345.678901234");
        List<BankTransaction> created = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            created.add(recorded(row("amount-" + i).amount(amounts.get(i))));
        }
        store.store(created, List.of());

        Map<ExternalRef, BankTransaction> stored = read(created);
        for (int i = 0; i < amounts.size(); i++) {
            assertThat(stored.get(ExternalRef.of("amount-" + i)).amount().amount().toPlainString()).isEqualTo(amounts.get(i));
        }

        BankTransaction first = stored.get(ExternalRef.of("amount-0"));
        first.applySource(row("amount-0").amount("-194.10").updatedAt(SOURCE_TIME.plusSeconds(1)).build(), null, ports.clock);
        store.store(List.of(), List.of(first));
        assertThat(read(List.of(first)).get(first.externalId()).amount().amount().toPlainString()).isEqualTo("-194.10");
    }

    @Test
    @DisplayName("rows with and without a category or a replacement are stored side by side, a replaced row naming one created in the same page")
    void storesNullableReferences() {
        TransactionCategory groceries = ports.storedCategory("Groceries", null);
        BankTransaction categorised = BankTransaction.record(account.id(), row("with-category").build(), groceries.id(), ports.clock);
        BankTransaction plain = recorded(row("without-category").providerCategory(null).updatedAt(null));
        BankTransaction pending = recorded(row("pending").future(true));
        store.store(List.of(categorised, plain, pending), List.of());

        BankTransaction storedPending = read(List.of(pending)).get(pending.externalId());
        ports.clock.advance(Duration.ofDays(1));
        BankTransaction posted = recorded(row("posted"));
        posted.supersede(storedPending, ports.clock);
        store.store(List.of(posted), List.of(storedPending));

        List<BankTransaction> written = List.of(categorised, plain, storedPending, posted);
        assertThat(everyFieldByKey(read(written).values())).isEqualTo(everyFieldByKey(written));
        BankTransaction replaced = read(List.of(pending)).get(pending.externalId());
        assertThat(replaced.tombstone().replacedBy()).isEqualTo(posted.id());
        assertThat(read(List.of(plain)).get(plain.externalId()).categoryId()).isNull();
    }

    @Test
    @DisplayName("only the account's rows of that source with those external ids are found")
    void findsByAccountSourceAndKey() {
        BankAccount other = ports.storedAccount();
        BankTransaction mine = recorded(row("shared"));
        BankTransaction othersAccount = BankTransaction.record(other.id(), row("shared").build(), null, ports.clock);
        BankTransaction otherSource = recorded(row("shared").source(TransactionSource.CSV));
        store.store(List.of(mine, othersAccount, otherSource), List.of());

        Map<ExternalRef, BankTransaction> found = store.findByKeys(account.id(), TransactionSource.BRIDGE,
                List.of(ExternalRef.of("shared"), ExternalRef.of("never-stored")));

        assertThat(found).containsOnlyKeys(ExternalRef.of("shared"));
        assertThat(found.get(ExternalRef.of("shared")).id()).isEqualTo(mine.id());
        assertThat(store.findByKeys(account.id(), TransactionSource.BRIDGE, List.of())).isEmpty();
    }

    @Test
    @DisplayName("the watermark is the latest source update among the account's rows of that source, and there is none without rows")
    void answersTheWatermark() {
        BankAccount other = ports.storedAccount();
        Instant latest = SOURCE_TIME.plus(Duration.ofDays(3));
        store.store(List.of(
                recorded(row("w-1").updatedAt(SOURCE_TIME)),
                recorded(row("w-2").updatedAt(latest)),
                recorded(row("w-3").updatedAt(null)),
                recorded(row("w-4").updatedAt(SOURCE_TIME.plus(Duration.ofDays(1)))),
                recorded(row("w-5").source(TransactionSource.CSV).updatedAt(latest.plusSeconds(1))),
                BankTransaction.record(other.id(), row("w-6").updatedAt(latest.plusSeconds(2)).build(), null, ports.clock)),
                List.of());

        assertThat(store.maxSourceUpdatedAt(account.id(), TransactionSource.BRIDGE)).contains(latest);
        assertThat(store.maxSourceUpdatedAt(account.id(), TransactionSource.PLAID)).isEmpty();
        assertThat(store.maxSourceUpdatedAt(ports.storedAccount().id(), TransactionSource.BRIDGE)).isEmpty();
    }

    @Test
    @DisplayName("a new row whose key is already stored is refused, and nothing of its page is kept")
    void refusesToCreateAStoredKey() {
        BankTransaction first = recorded(row("twice"));
        store.store(List.of(first), List.of());
        BankTransaction alongside = recorded(row("alongside"));
        BankTransaction again = recorded(row("twice").amount("-1.00"));

        assertThatThrownBy(() -> store.store(List.of(alongside, again), List.of())).isInstanceOf(RuntimeException.class);

        assertThat(read(List.of(first, alongside))).containsOnlyKeys(first.externalId());
        assertThat(read(List.of(first)).get(first.externalId()).id()).isEqualTo(first.id());
    }

    @Test
    @DisplayName("a changed row that was never stored is refused")
    void refusesToUpdateAnUnknownRow() {
        BankTransaction unknown = recorded(row("never-stored"));

        assertThatThrownBy(() -> store.store(List.of(), List.of(unknown))).isInstanceOf(IllegalStateException.class);
        assertThat(read(List.of(unknown))).isEmpty();
    }
}
