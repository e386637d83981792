package org.banksync.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.util.Locale;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.Test;

class TransactionCategoryTest {

    private static final ProviderCategoryRef BRIDGE_247 = new ProviderCategoryRef(Provider.BRIDGE, "247");

    @Test
    void localizedName_fallsBackToTheOtherLanguage() {
        LocalizedName both = new LocalizedName("Alimentation", "Groceries");
        LocalizedName frenchOnly = new LocalizedName("Loyer", " ");

        assertThat(both.in(Locale.FRENCH)).isEqualTo("Alimentation");
        assertThat(both.in(Locale.CANADA_FRENCH)).isEqualTo("Alimentation");
        assertThat(both.in(Locale.ENGLISH)).isEqualTo("Groceries");
        assertThat(both.in(Locale.GERMAN)).isEqualTo("Groceries");
        assertThat(frenchOnly.en()).isNull();
        assertThat(frenchOnly.in(Locale.ENGLISH)).isEqualTo("Loyer");
        assertThat(new LocalizedName(null, "Rent").in(Locale.FRENCH)).isEqualTo("Rent");
    }

    @Test
    void localizedName_needsAtLeastOneName() {
        assertRefused(() -> new LocalizedName(" ", null), "name");
        assertRefused(() -> new LocalizedName("x".repeat(201), null), "names.fr");
    }

    @Test
    void manualCategory_isNeverAssignedAutomatically() {
        TransactionCategory manual = TransactionCategory.createManual(LocalizedName.of("Frais de port"), null,
                CashFlowDirection.OUT);

        assertThat(manual.origin()).isEqualTo(CategoryOrigin.MANUAL);
        assertThat(manual.providerRef()).isNull();
        assertThat(manual.isAutomaticallyAssignable()).isFalse();
    }

    @Test
    void importedCategory_carriesItsProviderReference() {
        TransactionCategory imported = TransactionCategory.importFromProvider(BRIDGE_247,
                new LocalizedName("Alimentation", "Groceries"), null, CashFlowDirection.OUT);

        assertThat(imported.origin()).isEqualTo(CategoryOrigin.IMPORTED);
        assertThat(imported.providerRef()).isEqualTo(BRIDGE_247);
        assertThat(imported.isAutomaticallyAssignable()).isTrue();
    }

    @Test
    void originAndProviderReference_goTogether() {
        LocalizedName name = LocalizedName.of("X");
        assertRefused(() -> TransactionCategory.importFromProvider(null, name, null, CashFlowDirection.BOTH), "externalId");
        assertRefused(() -> TransactionCategory.reconstitute(CategoryId.newId(), name, null, CategoryOrigin.IMPORTED, null,
                CashFlowDirection.BOTH), "externalId");
        assertRefused(() -> TransactionCategory.reconstitute(CategoryId.newId(), name, null, CategoryOrigin.MANUAL,
                BRIDGE_247, CashFlowDirection.BOTH), "externalId");
        assertRefused(() -> new ProviderCategoryRef(Provider.BRIDGE, " "), "externalId");
    }

    @Test
    void renameMoveAndDirection_change() {
        TransactionCategory category = TransactionCategory.createManual(LocalizedName.of("A"), null, CashFlowDirection.BOTH);
        CategoryId parent = CategoryId.newId();

        category.rename(new LocalizedName("B", "B en"));
        category.moveUnder(parent);
        category.changeDirection(CashFlowDirection.IN);

        assertThat(category.names().en()).isEqualTo("B en");
        assertThat(category.parentId()).isEqualTo(parent);
        assertThat(category.direction()).isEqualTo(CashFlowDirection.IN);
        category.moveUnder(null);
        assertThat(category.parentId()).isNull();
    }

    @Test
    void moveUnderItself_isRefused() {
        TransactionCategory category = TransactionCategory.createManual(LocalizedName.of("A"), null, CashFlowDirection.BOTH);

        assertRefused(() -> category.moveUnder(category.id()), "parentId");
        assertRefused(() -> category.changeDirection(null), "direction");
        assertRefused(() -> category.rename(null), "name");
    }
}
