package org.banksync.application.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.time.Duration;
import org.banksync.application.category.port.in.CreateCategoryCommand;
import org.banksync.application.category.port.in.DeleteCategoryCommand;
import org.banksync.application.category.port.in.UpdateCategoryCommand;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.CategoryOrigin;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.banksync.domain.transaction.TombstoneReason;
import org.junit.jupiter.api.Test;

class CategoryUseCasesTest {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final CreateCategoryService create = new CreateCategoryService(adapters.categories);
    private final UpdateCategoryService update = new UpdateCategoryService(adapters.categories);
    private final DeleteCategoryService delete = new DeleteCategoryService(adapters.categories, adapters.clock);
    private final FindCategoriesService find = new FindCategoriesService(adapters.categories);
    private final BankAccount account = adapters.storedAccount(CompanyCode.DEFAULT, "Compte", null);

    private BankTransaction transactionIn(TransactionCategory category, String externalId) {
        BankTransaction transaction = adapters.storedTransaction(account, aSourceTransaction().externalId(externalId));
        transaction.assignCategoryByUser(category.id(), adapters.clock);
        return transaction;
    }

    @Test
    void createCategory_makesAManualCategoryUnderItsParent() {
        TransactionCategory food = adapters.storedCategory("Food", null);

        TransactionCategory groceries = create.create(
                new CreateCategoryCommand(new LocalizedName("Courses", "Groceries"), food.id(), null));

        assertThat(groceries.origin()).isEqualTo(CategoryOrigin.MANUAL);
        assertThat(groceries.direction()).isEqualTo(CashFlowDirection.BOTH);
        assertThat(find.tree().childrenOf(food.id())).containsExactly(groceries);
    }

    @Test
    void givenUnknownParent_createCategory_isRefused() {
        assertRefused(() -> create.create(new CreateCategoryCommand(LocalizedName.of("X"), CategoryId.newId(), null)),
                "parentId");
        assertRefused(() -> new CreateCategoryCommand(null, null, null), "name");
    }

    @Test
    void updateCategory_renamesMovesAndRedirects() {
        TransactionCategory food = adapters.storedCategory("Food", null);
        TransactionCategory rent = adapters.storedCategory("Rent", null);

        update.update(new UpdateCategoryCommand(rent.id(), new LocalizedName("Loyer", "Rent"), food.id(),
                CashFlowDirection.OUT));

        TransactionCategory stored = find.get(rent.id());
        assertThat(stored.names().fr()).isEqualTo("Loyer");
        assertThat(stored.parentId()).isEqualTo(food.id());
        assertThat(stored.direction()).isEqualTo(CashFlowDirection.OUT);
    }

    @Test
    void givenMoveUnderItsOwnDescendant_updateCategory_isRefused() {
        TransactionCategory food = adapters.storedCategory("Food", null);
        TransactionCategory groceries = adapters.storedCategory("Groceries", food);

        assertRefused(() -> update.update(new UpdateCategoryCommand(food.id(), LocalizedName.of("Food"), groceries.id(),
                CashFlowDirection.BOTH)), "parentId");
        assertThat(find.get(food.id()).parentId()).isNull();
    }

    @Test
    void givenUnknownCategory_updateGetAndDelete_areNotFound() {
        CategoryId unknown = CategoryId.newId();

        assertThatThrownBy(() -> update.update(new UpdateCategoryCommand(unknown, LocalizedName.of("X"), null,
                CashFlowDirection.BOTH))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> find.get(unknown)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> delete.delete(new DeleteCategoryCommand(unknown, null))).isInstanceOf(NotFound.class);
    }

    @Test
    void deleteCategory_removesAnUnusedLeaf() {
        TransactionCategory unused = adapters.storedCategory("Unused", null);

        delete.delete(new DeleteCategoryCommand(unused.id(), null));

        assertThat(adapters.categories.exists(unused.id())).isFalse();
    }

    @Test
    void givenCategoryInUse_deleteCategory_withoutReplacement_isAConflict() {
        TransactionCategory used = adapters.storedCategory("Used", null);
        transactionIn(used, "1");

        assertThatThrownBy(() -> delete.delete(new DeleteCategoryCommand(used.id(), null)))
                .isInstanceOf(Conflict.class).hasMessageContaining("name a replacement");
        assertThat(adapters.categories.exists(used.id())).isTrue();
    }

    @Test
    void givenCategoryUsedByATombstone_deleteCategory_withoutReplacement_isAConflict() {
        TransactionCategory used = adapters.storedCategory("Used", null);
        transactionIn(used, "1").tombstone(TombstoneReason.DELETED_AT_SOURCE, null, adapters.clock);

        assertThatThrownBy(() -> delete.delete(new DeleteCategoryCommand(used.id(), null))).isInstanceOf(Conflict.class);
    }

    @Test
    void givenReplacement_deleteCategory_movesItsTransactionsAsTheUsersChoice() {
        TransactionCategory old = adapters.storedCategory("Old", null);
        TransactionCategory replacement = adapters.storedCategory("New", null);
        BankTransaction first = transactionIn(old, "1");
        BankTransaction second = transactionIn(old, "2");
        adapters.clock.advance(Duration.ofMinutes(5));

        delete.delete(new DeleteCategoryCommand(old.id(), replacement.id()));

        assertThat(adapters.categories.exists(old.id())).isFalse();
        for (BankTransaction moved : new BankTransaction[] {first, second}) {
            BankTransaction stored = adapters.transactions.findById(moved.id()).orElseThrow();
            assertThat(stored.categoryId()).isEqualTo(replacement.id());
            assertThat(stored.categorySource()).isEqualTo(CategorySource.USER);
            assertThat(stored.updatedAt()).isEqualTo(adapters.clock.instant());
        }
    }

    @Test
    void givenUnknownReplacement_deleteCategory_isRefused() {
        TransactionCategory used = adapters.storedCategory("Used", null);
        transactionIn(used, "1");

        assertRefused(() -> delete.delete(new DeleteCategoryCommand(used.id(), CategoryId.newId())), "replacementId");
        assertRefused(() -> new DeleteCategoryCommand(used.id(), used.id()), "replacementId");
    }

    @Test
    void givenSubCategories_deleteCategory_isAConflict() {
        TransactionCategory food = adapters.storedCategory("Food", null);
        adapters.storedCategory("Groceries", food);

        assertThatThrownBy(() -> delete.delete(new DeleteCategoryCommand(food.id(), null)))
                .isInstanceOf(Conflict.class).hasMessageContaining("sub-categories");
    }

    @Test
    void listCategories_pagesThroughAll() {
        for (int i = 0; i < 5; i++) {
            adapters.storedCategory("C" + i, null);
        }

        var first = find.list(PageRequest.first(3));
        var second = find.list(PageRequest.of(3, first.nextCursor()));

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(first.items());
        assertThat(second.hasNext()).isFalse();
    }
}
