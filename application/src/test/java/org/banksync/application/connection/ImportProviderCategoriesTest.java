package org.banksync.application.connection;

import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.domain.category.CategoryOrigin;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProviderCategoriesTest {

    private final InMemoryAdapters core = new InMemoryAdapters();
    private final FakeBridgeConnector bridge = new FakeBridgeConnector();
    private final ImportProviderCategoriesService importer = new ImportProviderCategoriesService(core.categories,
            new ConnectorRegistry(List.of(bridge)));

    @Test
    @DisplayName("the tree is imported in both languages with its parents; a second import changes nothing")
    void importsIdempotently() {
        bridge.categories = List.of(
                new ProviderCategorySnapshot("247", "1", "Carburant", "Fuel"),
                new ProviderCategorySnapshot("1", null, "Auto & Transports", "Auto & Transport"));

        var first = importer.importCategories(Provider.BRIDGE);
        var second = importer.importCategories(Provider.BRIDGE);

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.created()).isZero();
        assertThat(second.changed()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        TransactionCategory fuel = core.categories.findByProviderRef(new ProviderCategoryRef(Provider.BRIDGE, "247")).orElseThrow();
        TransactionCategory auto = core.categories.findByProviderRef(new ProviderCategoryRef(Provider.BRIDGE, "1")).orElseThrow();
        assertThat(fuel.names().fr()).isEqualTo("Carburant");
        assertThat(fuel.names().en()).isEqualTo("Fuel");
        assertThat(fuel.parentId()).isEqualTo(auto.id());
        assertThat(fuel.origin()).isEqualTo(CategoryOrigin.IMPORTED);
    }

    @Test
    @DisplayName("a category renamed at the aggregator is renamed, keeping its id; manual categories are untouched")
    void followsRenamesAndLeavesManualCategories() {
        TransactionCategory manual = core.storedCategory("Carburant", null);
        bridge.categories = List.of(new ProviderCategorySnapshot("247", null, "Carburant", "Fuel"));
        importer.importCategories(Provider.BRIDGE);
        var before = core.categories.findByProviderRef(new ProviderCategoryRef(Provider.BRIDGE, "247")).orElseThrow();

        bridge.categories = List.of(new ProviderCategorySnapshot("247", null, "Carburants", "Fuels"));
        var report = importer.importCategories(Provider.BRIDGE);

        var after = core.categories.findByProviderRef(new ProviderCategoryRef(Provider.BRIDGE, "247")).orElseThrow();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.names().fr()).isEqualTo("Carburants");
        assertThat(core.categories.findById(manual.id()).orElseThrow().names().fr()).isEqualTo("Carburant");
        assertThat(core.categories.findById(manual.id()).orElseThrow().origin()).isEqualTo(CategoryOrigin.MANUAL);
    }
}
