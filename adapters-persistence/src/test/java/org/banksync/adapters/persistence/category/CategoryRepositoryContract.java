package org.banksync.adapters.persistence.category;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

/** What every {@link CategoryRepository} promises; a subclass runs it against one implementation. */
public abstract class CategoryRepositoryContract {

    protected final Ports ports;
    protected final CategoryRepository categories;

    protected CategoryRepositoryContract(Ports ports) {
        this.ports = ports;
        this.categories = ports.categories;
    }

    /** A provider reference no earlier run used: the schema keeps them unique. */
    private static ProviderCategoryRef freshRef(Provider provider) {
        return new ProviderCategoryRef(provider, "cat-" + UUID.randomUUID());
    }

    private TransactionCategory storedImport(ProviderCategoryRef ref, CategoryId parent) {
        TransactionCategory category = TransactionCategory.importFromProvider(ref,
                new LocalizedName("Alimentation", "Food"), parent, CashFlowDirection.OUT);
        categories.save(category);
        return category;
    }

    /** A transaction that the provider put in the category. */
    private BankTransaction storedIn(BankAccount account, TransactionCategory category, String externalId) {
        BankTransaction transaction = BankTransaction.record(account.id(),
                aSourceTransaction().externalId(externalId).build(), category.id(), ports.clock);
        ports.transactions.save(transaction);
        return transaction;
    }

    @Test
    @DisplayName("a stored category comes back as it was: names, parent, origin, provider reference and direction")
    void storesEveryField() {
        TransactionCategory parent = ports.storedCategory("Dépenses", null);
        TransactionCategory imported = storedImport(freshRef(Provider.BRIDGE), parent.id());

        assertThat(categories.findById(parent.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(parent);
        assertThat(categories.findById(imported.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(imported);
        assertThat(categories.exists(imported.id())).isTrue();
    }

    @Test
    @DisplayName("an imported category is found by its provider reference, and by no other")
    void findsByProviderRef() {
        ProviderCategoryRef ref = freshRef(Provider.BRIDGE);
        TransactionCategory imported = storedImport(ref, null);

        assertThat(categories.findByProviderRef(ref)).map(TransactionCategory::id).contains(imported.id());
        assertThat(categories.findByProviderRef(new ProviderCategoryRef(Provider.PLAID, ref.externalId()))).isEmpty();
        assertThat(categories.findByProviderRef(freshRef(Provider.BRIDGE))).isEmpty();
    }

    @Test
    @DisplayName("saving again renames, moves and redirects a category in place")
    void updatesInPlace() {
        TransactionCategory home = ports.storedCategory("Home", null);
        TransactionCategory energy = ports.storedCategory("Energy", null);

        energy.rename(new LocalizedName("Énergie", "Energy"));
        energy.moveUnder(home.id());
        energy.changeDirection(CashFlowDirection.OUT);
        categories.save(energy);

        assertThat(categories.findById(energy.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(energy);
    }

    @Test
    @DisplayName("a deleted category is gone, and an unknown one exists nowhere")
    void deletes() {
        TransactionCategory doomed = ports.storedCategory("Doomed", null);

        categories.delete(doomed.id());

        assertThat(categories.exists(doomed.id())).isFalse();
        assertThat(categories.findById(doomed.id())).isEmpty();
        assertThat(categories.exists(CategoryId.newId())).isFalse();
    }

    @Test
    @DisplayName("every category comes back, so the tree can be built with its parent links")
    void listsTheTree() {
        TransactionCategory food = ports.storedCategory("Food", null);
        TransactionCategory groceries = ports.storedCategory("Groceries", food.id());
        TransactionCategory restaurants = ports.storedCategory("Restaurants", food.id());
        TransactionCategory bakery = ports.storedCategory("Bakery", groceries.id());

        CategoryTree tree = CategoryTree.of(categories.findAll());

        assertThat(tree.roots()).contains(food);
        assertThat(tree.childrenOf(food.id())).containsExactlyInAnyOrder(groceries, restaurants);
        assertThat(tree.ancestorsOf(bakery.id())).containsExactly(groceries.id(), food.id());
    }

    @Test
    @DisplayName("pages go through every category in id order, even as categories are added, and none twice")
    void pagesInIdOrder() {
        List<CategoryId> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(ports.storedCategory("Paged " + i, null).id());
        }

        List<CategoryId> served = new ArrayList<>();
        Page<TransactionCategory> page = categories.findPage(PageRequest.first(2));
        served.addAll(page.items().stream().map(TransactionCategory::id).toList());
        mine.add(ports.storedCategory("Added while paging", null).id());
        while (page.hasNext()) {
            page = categories.findPage(PageRequest.of(100, page.nextCursor()));
            served.addAll(page.items().stream().map(TransactionCategory::id).toList());
        }

        assertThat(served).doesNotHaveDuplicates().containsAll(mine)
                .isSortedAccordingTo(Comparator.comparing(CategoryId::toString));
    }

    @Test
    @DisplayName("a category is in use while a transaction carries it, even a tombstoned one")
    void tellsWhetherInUse() {
        BankAccount account = ports.storedAccount();
        TransactionCategory unused = storedImport(freshRef(Provider.BRIDGE), null);
        TransactionCategory live = storedImport(freshRef(Provider.BRIDGE), null);
        TransactionCategory onTombstone = storedImport(freshRef(Provider.BRIDGE), null);
        storedIn(account, live, "live");
        BankTransaction gone = storedIn(account, onTombstone, "gone");
        ports.deletedAtSource(gone);

        assertThat(categories.isInUse(unused.id())).isFalse();
        assertThat(categories.isInUse(live.id())).isTrue();
        assertThat(categories.isInUse(onTombstone.id())).isTrue();
    }

    @Test
    @DisplayName("reassigning moves every transaction of a category, tombstones included, as the user's choice made then")
    void reassignsTransactions() {
        BankAccount account = ports.storedAccount();
        TransactionCategory old = storedImport(freshRef(Provider.BRIDGE), null);
        TransactionCategory replacement = ports.storedCategory("Replacement", null);
        TransactionCategory other = storedImport(freshRef(Provider.BRIDGE), null);
        BankTransaction live = storedIn(account, old, "live");
        BankTransaction gone = storedIn(account, old, "gone");
        ports.deletedAtSource(gone);
        BankTransaction elsewhere = storedIn(account, other, "elsewhere");
        Instant before = elsewhere.updatedAt();
        Instant at = ports.clock.advance(Duration.ofMinutes(5)).instant();

        int moved = categories.reassignTransactions(old.id(), replacement.id(), at);

        assertThat(moved).isEqualTo(2);
        for (BankTransaction transaction : List.of(live, gone)) {
            BankTransaction stored = ports.transactions.findById(transaction.id()).orElseThrow();
            assertThat(stored.categoryId()).isEqualTo(replacement.id());
            assertThat(stored.categorySource()).isEqualTo(CategorySource.USER);
            assertThat(stored.updatedAt()).isEqualTo(at);
        }
        assertThat(ports.transactions.findById(gone.id()).orElseThrow().isLive()).isFalse();
        BankTransaction untouched = ports.transactions.findById(elsewhere.id()).orElseThrow();
        assertThat(untouched.categoryId()).isEqualTo(other.id());
        assertThat(untouched.categorySource()).isEqualTo(CategorySource.PROVIDER);
        assertThat(untouched.updatedAt()).isEqualTo(before);
        assertThat(categories.isInUse(old.id())).isFalse();
        assertThat(categories.reassignTransactions(old.id(), replacement.id(), at)).isZero();
    }

    @Test
    @DisplayName("a cursor this list did not issue is refused, naming the cursor")
    void refusesForeignCursors() {
        assertRefused(() -> categories.findPage(PageRequest.of(10, "not-a-cursor")), "cursor");
        assertRefused(() -> categories.findPage(PageRequest.of(10, "@@@")), "cursor");
    }
}
