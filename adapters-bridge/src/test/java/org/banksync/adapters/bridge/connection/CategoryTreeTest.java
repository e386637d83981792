package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.client.BridgeCategory;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Merging the French and English category trees")
class CategoryTreeTest {

    @Test
    @DisplayName("one node per id with both names; a name missing in one language takes the other")
    void merges() {
        List<ProviderCategorySnapshot> tree = CategoryTree.merge(
                List.of(new BridgeCategory("1", null, "Auto & Transports"), new BridgeCategory("247", "1", "Transports en commun"),
                        new BridgeCategory("9", null, "Seulement en français")),
                List.of(new BridgeCategory("247", "1", "Public transport"), new BridgeCategory("1", null, "Auto & Transport"),
                        new BridgeCategory("10", "1", "English only")));

        assertThat(tree).containsExactly(
                new ProviderCategorySnapshot("1", null, "Auto & Transports", "Auto & Transport"),
                new ProviderCategorySnapshot("247", "1", "Transports en commun", "Public transport"),
                new ProviderCategorySnapshot("9", null, "Seulement en français", "Seulement en français"),
                new ProviderCategorySnapshot("10", "1", "English only", "English only"));
    }
}
