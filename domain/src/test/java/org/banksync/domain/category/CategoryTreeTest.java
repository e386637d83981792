package org.banksync.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private final TransactionCategory food = manual("Food", null);
    private final TransactionCategory groceries = manual("Groceries", food.id());
    private final TransactionCategory organic = manual("Organic", groceries.id());
    private final TransactionCategory rent = manual("Rent", null);
    private final CategoryTree tree = CategoryTree.of(List.of(food, groceries, organic, rent));

    private static TransactionCategory manual(String name, CategoryId parent) {
        return TransactionCategory.createManual(LocalizedName.of(name), parent, CashFlowDirection.OUT);
    }

    @Test
    void answersParentAndChildQuestions() {
        assertThat(tree.roots()).containsExactly(food, rent);
        assertThat(tree.childrenOf(food.id())).containsExactly(groceries);
        assertThat(tree.ancestorsOf(organic.id())).containsExactly(groceries.id(), food.id());
        assertThat(tree.subtreeOf(food.id())).containsExactly(food.id(), groceries.id(), organic.id());
        assertThat(tree.find(rent.id())).contains(rent);
    }

    @Test
    void moveUnderADescendant_isRefused() {
        assertRefused(() -> tree.checkMove(food.id(), organic.id()), "parentId").hasMessageContaining("sub-categories");
        assertRefused(() -> tree.checkMove(food.id(), food.id()), "parentId");
    }

    @Test
    void moveUnderAnUnknownCategory_isRefused() {
        assertRefused(() -> tree.checkMove(rent.id(), CategoryId.newId()), "parentId").hasMessageContaining("no category");
    }

    @Test
    void moveElsewhere_isAllowed() {
        assertThatCode(() -> tree.checkMove(organic.id(), rent.id())).doesNotThrowAnyException();
        assertThatCode(() -> tree.checkMove(organic.id(), null)).doesNotThrowAnyException();
    }

    @Test
    void aStoredLoop_isRefused() {
        CategoryId a = CategoryId.newId();
        CategoryId b = CategoryId.newId();
        TransactionCategory first = TransactionCategory.reconstitute(a, LocalizedName.of("A"), b, CategoryOrigin.MANUAL,
                null, CashFlowDirection.BOTH);
        TransactionCategory second = TransactionCategory.reconstitute(b, LocalizedName.of("B"), a, CategoryOrigin.MANUAL,
                null, CashFlowDirection.BOTH);

        assertRefused(() -> CategoryTree.of(List.of(first, second)), "parentId");
    }
}
