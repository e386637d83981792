package org.banksync.adapters.persistence.transaction;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.testing.SourceTransactionBuilder;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TombstoneReason;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionSource;
import org.banksync.domain.transaction.TransactionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

/** What every {@link TransactionRepository} promises; a subclass runs it against one implementation. */
public abstract class TransactionRepositoryContract {

    protected final Ports ports;
    protected final TransactionRepository transactions;
    protected final BankAccount account;

    protected TransactionRepositoryContract(Ports ports) {
        this.ports = ports;
        this.transactions = ports.transactions;
        this.account = ports.storedAccount();
    }

    protected static SourceTransactionBuilder row(String externalId, String bookingDate) {
        LocalDate day = LocalDate.parse(bookingDate);
        return aSourceTransaction().externalId(externalId).date(day).bookingDate(day);
    }

    protected BankTransaction stored(SourceTransactionBuilder row) {
        return ports.storedTransaction(account, row.build());
    }

    protected List<TransactionId> firstPage(TransactionFilter filter) {
        return ids(transactions.findPage(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items());
    }

    protected static List<TransactionId> ids(List<BankTransaction> rows) {
        return rows.stream().map(BankTransaction::id).toList();
    }

    protected static TransactionFilter.Builder ofAccount(BankAccount account) {
        return TransactionFilter.builder().bankAccountId(account.id());
    }

    @Test
    @DisplayName("a stored transaction comes back with every field as it was recorded")
    void storesEveryField() {
        TransactionCategory groceries = ports.storedCategory("Groceries", null);
        SourceTransaction source = new SourceTransaction(TransactionSource.BRIDGE,
                ExternalRef.of("every-field"), LocalDate.of(2024, 11, 25), LocalDate.of(2024, 11, 26),
                LocalDate.of(2024, 11, 27), Money.of("-194.00", "EUR"), "CB Idfs G", "PAIEMENT PAR CARTE 25/11 IDFS",
                "card", "247", true, false, Instant.parse("2024-11-25T16:10:10.144Z"));
        BankTransaction recorded = BankTransaction.record(account.id(), source, groceries.id(), ports.clock);
        transactions.save(recorded);

        BankTransaction stored = transactions.findById(recorded.id()).orElseThrow();

        assertThat(stored).usingRecursiveComparison().isEqualTo(recorded);
        assertThat(stored.status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(stored.categorySource()).isEqualTo(CategorySource.PROVIDER);
    }

    @Test
    @DisplayName("amounts come back exactly as the source gave them, scale included: -194.00 stays -194.00")
    void keepsTheScaleOfAmounts() {
        List<String> amounts = List.of("-194.00", "-194", "2500.000", "0.10", "-0.01", "123456789012345.678901234");
        List<BankTransaction> recorded = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            recorded.add(stored(row("amount-" + i, "2024-11-25").amount(amounts.get(i))));
        }

        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal amount = transactions.findById(recorded.get(i).id()).orElseThrow().amount().amount();
            assertThat(amount).isEqualTo(new BigDecimal(amounts.get(i)));
            assertThat(amount.toPlainString()).isEqualTo(amounts.get(i));
        }
    }

    @Test
    @DisplayName("saving again updates the row in place: a replaced pending row keeps its tombstone, the user's category stays")
    void updatesInPlace() {
        TransactionCategory phone = ports.storedCategory("Phone", null);
        BankTransaction pending = stored(row("pending", "2024-12-02").future(true));
        pending.assignCategoryByUser(phone.id(), ports.clock);
        transactions.save(pending);
        ports.clock.advance(Duration.ofHours(1));
        BankTransaction posted = stored(row("posted", "2024-12-03"));
        posted.supersede(pending, ports.clock);
        transactions.save(posted);
        transactions.save(pending);

        BankTransaction tombstone = transactions.findById(pending.id()).orElseThrow();
        BankTransaction replacement = transactions.findById(posted.id()).orElseThrow();

        assertThat(tombstone.isLive()).isFalse();
        assertThat(tombstone.tombstone().reason()).isEqualTo(TombstoneReason.REPLACED);
        assertThat(tombstone.tombstone().replacedBy()).isEqualTo(posted.id());
        assertThat(tombstone.tombstone().deletedAt()).isEqualTo(ports.clock.instant());
        assertThat(tombstone.updatedAt()).isEqualTo(ports.clock.instant());
        assertThat(replacement.categoryId()).isEqualTo(phone.id());
        assertThat(replacement.categorySource()).isEqualTo(CategorySource.USER);
    }

    @Test
    @DisplayName("a transaction is found by account, source and external id, live or tombstoned, and under no other key")
    void findsByKey() {
        BankTransaction live = stored(row("key-live", "2024-11-25"));
        BankTransaction gone = stored(row("key-gone", "2024-11-25"));
        ports.deletedAtSource(gone);
        BankAccount other = ports.storedAccount();

        assertThat(transactions.findByKey(account.id(), TransactionSource.BRIDGE, ExternalRef.of("key-live")))
                .map(BankTransaction::id).contains(live.id());
        assertThat(transactions.findByKey(account.id(), TransactionSource.BRIDGE, ExternalRef.of("key-gone")))
                .map(BankTransaction::id).contains(gone.id());
        assertThat(transactions.findByKey(account.id(), TransactionSource.PLAID, ExternalRef.of("key-live"))).isEmpty();
        assertThat(transactions.findByKey(other.id(), TransactionSource.BRIDGE, ExternalRef.of("key-live"))).isEmpty();
        assertThat(transactions.findByKey(account.id(), TransactionSource.BRIDGE, ExternalRef.of("key-other"))).isEmpty();
    }

    @Test
    @DisplayName("an account holds transactions once it has one, even a tombstoned one")
    void existsForAccount() {
        assertThat(transactions.existsForAccount(account.id())).isFalse();
        BankTransaction only = stored(row("only", "2024-11-25"));
        ports.deletedAtSource(only);

        assertThat(transactions.existsForAccount(account.id())).isTrue();
        assertThat(transactions.existsForAccount(ports.storedAccount().id())).isFalse();
    }

    @Test
    @DisplayName("an account's list holds its live transactions; tombstones come only when the filter includes them")
    void listsLiveRowsOfTheAccount() {
        BankTransaction live = stored(row("live", "2024-11-25"));
        BankTransaction gone = stored(row("gone", "2024-11-26"));
        ports.deletedAtSource(gone);
        ports.storedTransaction(ports.storedAccount(), row("elsewhere", "2024-11-25").build());

        assertThat(firstPage(TransactionFilter.ofAccount(account.id()))).containsExactly(live.id());
        assertThat(firstPage(ofAccount(account).includeDeleted().build())).containsExactlyInAnyOrder(live.id(), gone.id());
    }

    @Test
    @DisplayName("booking date bounds include both ends")
    void filtersByBookingDate() {
        stored(row("before", "2024-11-24"));
        BankTransaction first = stored(row("first", "2024-11-25"));
        BankTransaction last = stored(row("last", "2024-11-28"));
        stored(row("after", "2024-11-29"));

        assertThat(firstPage(ofAccount(account).from(LocalDate.of(2024, 11, 25)).to(LocalDate.of(2024, 11, 28)).build()))
                .containsExactlyInAnyOrder(first.id(), last.id());
    }

    @Test
    @DisplayName("amount bounds compare signed amounts by value, whatever their scale")
    void filtersByAmount() {
        BankTransaction card = stored(row("card", "2024-11-25").amount("-194.00"));
        BankTransaction salary = stored(row("salary", "2024-11-25").amount("2500.00"));
        BankTransaction phone = stored(row("phone", "2024-11-25").amount("-12.5"));

        assertThat(firstPage(ofAccount(account).maxAmount(new BigDecimal("0")).build()))
                .containsExactlyInAnyOrder(card.id(), phone.id());
        assertThat(firstPage(ofAccount(account).minAmount(new BigDecimal("-194")).maxAmount(new BigDecimal("-12.50")).build()))
                .containsExactlyInAnyOrder(card.id(), phone.id());
        assertThat(firstPage(ofAccount(account).minAmount(new BigDecimal("2500")).maxAmount(new BigDecimal("2500.000")).build()))
                .containsExactly(salary.id());
    }

    @Test
    @DisplayName("category and status narrow the list")
    void filtersByCategoryAndStatus() {
        TransactionCategory phone = ports.storedCategory("Phone", null);
        BankTransaction pending = stored(row("pending", "2024-12-02").future(true));
        BankTransaction booked = stored(row("booked", "2024-11-25"));
        booked.assignCategoryByUser(phone.id(), ports.clock);
        transactions.save(booked);

        assertThat(firstPage(ofAccount(account).status(TransactionStatus.PENDING).build())).containsExactly(pending.id());
        assertThat(firstPage(ofAccount(account).status(TransactionStatus.BOOKED).build())).containsExactly(booked.id());
        assertThat(firstPage(ofAccount(account).categoryId(phone.id()).build())).containsExactly(booked.id());
    }

    @Test
    @DisplayName("q finds text in the description or in the raw description, ignoring case, accents' case too")
    void filtersByText() {
        BankTransaction salary = stored(row("salary", "2024-11-28").description("VIR SALAIRE NOVEMBRE"));
        BankTransaction grocer = stored(row("grocer", "2024-11-27").description("ÉPICERIE DU MARCHÉ"));
        BankTransaction raw = ports.storedTransaction(account, new SourceTransaction(
                TransactionSource.BRIDGE, ExternalRef.of("raw"), LocalDate.of(2024, 11, 26), null, null,
                Money.of("-9.90", "EUR"), "Abonnement", "PRLV SEPA NETFLIX.COM", null, null, false, false, null));

        assertThat(firstPage(ofAccount(account).q("salaire").build())).containsExactly(salary.id());
        assertThat(firstPage(ofAccount(account).q("épicerie du").build())).containsExactly(grocer.id());
        assertThat(firstPage(ofAccount(account).q("netflix").build())).containsExactly(raw.id());
        assertThat(firstPage(ofAccount(account).q("nothing like it").build())).isEmpty();
    }

    @Test
    @DisplayName("q takes %, _ and \\ literally, not as wildcards")
    void textIsNotAPattern() {
        BankTransaction percent = stored(row("percent", "2024-11-25").description("Remise 100% client"));
        stored(row("hundred", "2024-11-25").description("Remise 100 euros client"));
        BankTransaction underscore = stored(row("underscore", "2024-11-25").description("REF A_B"));
        stored(row("axb", "2024-11-25").description("REF AXB"));
        BankTransaction backslash = stored(row("backslash", "2024-11-25").description("CHQ 12\\34"));

        assertThat(firstPage(ofAccount(account).q("100%").build())).containsExactly(percent.id());
        assertThat(firstPage(ofAccount(account).q("a_b").build())).containsExactly(underscore.id());
        assertThat(firstPage(ofAccount(account).q("12\\3").build())).containsExactly(backslash.id());
    }

    @Test
    @DisplayName("a filter without an account reaches the transactions of every account")
    void filtersAcrossAccounts() {
        String token = "tok" + UUID.randomUUID().toString().replace("-", "");
        BankTransaction here = stored(row("here", "2024-11-25").description("VIR " + token));
        BankTransaction there = ports.storedTransaction(ports.storedAccount(),
                row("there", "2024-11-26").description("PRLV " + token.toUpperCase()).build());
        BankTransaction gone = stored(row("gone", "2024-11-27").description("CB " + token));
        ports.deletedAtSource(gone);

        assertThat(firstPage(TransactionFilter.builder().q(token).build())).containsExactlyInAnyOrder(here.id(), there.id());
        assertThat(firstPage(TransactionFilter.builder().q(token).includeDeleted().build()))
                .containsExactlyInAnyOrder(here.id(), there.id(), gone.id());
    }

    @Test
    @DisplayName("the list is newest first: booking date descending, then id descending")
    void listsNewestFirst() {
        BankTransaction oldest = stored(row("oldest", "2024-11-01"));
        BankTransaction sameDayFirst = stored(row("same-day-1", "2024-11-15"));
        BankTransaction newest = stored(row("newest", "2024-11-30"));
        BankTransaction sameDaySecond = stored(row("same-day-2", "2024-11-15"));

        assertThat(firstPage(TransactionFilter.ofAccount(account.id())))
                .containsExactly(newest.id(), sameDaySecond.id(), sameDayFirst.id(), oldest.id());
    }

    @Test
    @DisplayName("rows added while a client pages never make it miss or repeat a row that was there when it started")
    void pagesWhileRowsArrive() {
        List<TransactionId> existing = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            existing.add(stored(row("a" + day, "2024-11-0" + day)).id());
            existing.add(stored(row("b" + day, "2024-11-0" + day)).id());
        }
        TransactionFilter filter = TransactionFilter.ofAccount(account.id());

        List<TransactionId> served = new ArrayList<>();
        Page<BankTransaction> page = transactions.findPage(filter, PageRequest.first(4));
        for (int turn = 0; ; turn++) {
            served.addAll(ids(page.items()));
            if (!page.hasNext()) {
                break;
            }
            if (turn < 3) {
                LocalDate boundary = page.items().get(page.items().size() - 1).bookingDate();
                stored(row("newer" + turn, "2024-12-31"));
                stored(row("older" + turn, "2024-10-01"));
                stored(row("same-day" + turn, boundary.toString()));
            }
            page = transactions.findPage(filter, PageRequest.of(4, page.nextCursor()));
        }

        assertThat(served).doesNotHaveDuplicates().containsAll(existing);
    }

    @Test
    @DisplayName("updatedSince brings the rows changed at or after it, tombstones included, oldest change first then by id")
    void listsChangesSince() {
        BankTransaction untouched = stored(row("untouched", "2024-11-01"));
        BankTransaction deleted = stored(row("deleted", "2024-11-02"));
        ports.clock.advance(Duration.ofMinutes(1));
        Instant since = ports.clock.instant();
        BankTransaction first = stored(row("first", "2024-11-20"));
        BankTransaction second = stored(row("second", "2024-11-03"));
        ports.clock.advance(Duration.ofMinutes(1));
        ports.deletedAtSource(deleted);
        ports.clock.advance(Duration.ofMinutes(1));
        BankTransaction latest = stored(row("latest", "2024-11-04"));

        Page<BankTransaction> changes = transactions.findPage(ofAccount(account).updatedSince(since).build(),
                PageRequest.firstPage());

        assertThat(ids(changes.items())).containsExactly(first.id(), second.id(), deleted.id(), latest.id())
                .doesNotContain(untouched.id());
        assertThat(changes.items().get(2).isLive()).isFalse();
    }

    @Test
    @DisplayName("a mirror paging by update misses no row, and a row that changes meanwhile comes again, changed")
    void mirrorPagesWhileRowsChange() {
        Instant since = ports.clock.instant();
        List<TransactionId> existing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            existing.add(stored(row("m" + i, "2024-11-0" + (1 + i % 3))).id());
            ports.clock.advance(Duration.ofSeconds(i % 2));
        }
        TransactionFilter filter = ofAccount(account).updatedSince(since).build();

        List<String> versions = new ArrayList<>();
        List<TransactionId> served = new ArrayList<>();
        Page<BankTransaction> page = transactions.findPage(filter, PageRequest.first(3));
        TransactionId changed = page.items().get(0).id();
        for (int turn = 0; ; turn++) {
            page.items().forEach(t -> versions.add(t.id() + "@" + t.updatedAt() + (t.isLive() ? "" : " deleted")));
            served.addAll(ids(page.items()));
            if (!page.hasNext()) {
                break;
            }
            if (turn == 0) {
                ports.clock.advance(Duration.ofMinutes(1));
                BankTransaction again = transactions.findById(changed).orElseThrow();
                ports.deletedAtSource(again);
                existing.add(stored(row("arrived", "2024-11-05")).id());
            }
            page = transactions.findPage(filter, PageRequest.of(3, page.nextCursor()));
        }

        assertThat(versions).doesNotHaveDuplicates();
        assertThat(served).containsAll(existing);
        assertThat(served.stream().filter(changed::equals)).hasSize(2);
        assertThat(versions.get(versions.size() - 2)).startsWith(changed.toString()).endsWith(" deleted");
    }

    @Test
    @DisplayName("a cursor this list did not issue is refused, naming the cursor")
    void refusesForeignCursors() {
        TransactionFilter filter = TransactionFilter.ofAccount(account.id());

        assertRefused(() -> transactions.findPage(filter, PageRequest.of(10, "not-a-cursor")), "cursor");
        assertRefused(() -> transactions.findPage(filter, PageRequest.of(10, "@@@")), "cursor");
    }

    @Test
    @DisplayName("a cursor of the newest-first list is refused by a list of changes, whose order differs")
    void refusesCursorsOfTheOtherOrder() {
        stored(row("one", "2024-11-01"));
        stored(row("two", "2024-11-02"));
        Page<BankTransaction> newestFirst = transactions.findPage(TransactionFilter.ofAccount(account.id()),
                PageRequest.first(1));

        assertRefused(() -> transactions.findPage(ofAccount(account).updatedSince(Instant.EPOCH).build(),
                PageRequest.of(1, newestFirst.nextCursor())), "cursor");
    }

    @Test
    @DisplayName("sumAmounts counts the rows the filter selects and adds their amounts exactly, per currency, tombstones left out")
    void sumsTheFilteredAmountsExactly() {
        String token = "sum" + UUID.randomUUID().toString().replace("-", "");
        stored(row("s1", "2024-11-25").amount("-194.00").description(token + " CB"));
        stored(row("s2", "2024-11-26").amount("0.10").description(token + " VIR"));
        stored(row("s3", "2024-11-27").amount("0.20").description(token + " VIR"));
        stored(row("s4", "2024-11-28").amount("123456789012345.678901234").description(token + " VIR"));
        BankTransaction gone = stored(row("s5", "2024-11-29").amount("-1000").description(token + " CB"));
        ports.deletedAtSource(gone);
        BankAccount dollars = ports.storedAccount();
        ports.storedTransaction(dollars, new SourceTransaction(TransactionSource.BRIDGE, ExternalRef.of("usd"),
                LocalDate.of(2024, 11, 25), null, null, Money.of("-5.5", "USD"), token, null, null, null, false, false, null));

        TransactionTotals all = transactions.sumAmounts(TransactionFilter.builder().q(token).build());
        TransactionTotals transfers = transactions.sumAmounts(ofAccount(account).q(token + " vir").build());
        TransactionTotals none = transactions.sumAmounts(ofAccount(account).q("no such text " + token).build());

        assertThat(all.count()).isEqualTo(5);
        assertThat(all.sums()).extracting(sum -> sum.currency().code()).containsExactly("EUR", "USD");
        assertThat(all.sums().get(0).amount()).isEqualByComparingTo("123456789012151.978901234");
        assertThat(all.sums().get(1).amount()).isEqualByComparingTo("-5.5");
        assertThat(transfers.count()).isEqualTo(3);
        assertThat(transfers.sums().get(0).amount()).isEqualByComparingTo("123456789012345.978901234");
        assertThat(none).isEqualTo(TransactionTotals.none());
    }
}
