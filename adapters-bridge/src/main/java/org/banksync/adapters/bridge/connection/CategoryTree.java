package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.client.BridgeCategory;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the French and the English reading of Bridge's category tree into one node per id, in the
 * order first seen (parents before children). A name missing in one language takes the other's; a
 * node known in one language only is kept.
 */
final class CategoryTree {

    private CategoryTree() {
    }

    static List<ProviderCategorySnapshot> merge(List<BridgeCategory> french, List<BridgeCategory> english) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        french.forEach(category -> nodes.computeIfAbsent(category.id(), Node::new).take(category, true));
        english.forEach(category -> nodes.computeIfAbsent(category.id(), Node::new).take(category, false));
        List<ProviderCategorySnapshot> tree = new ArrayList<>(nodes.size());
        for (Node node : nodes.values()) {
            String fr = firstOf(node.fr, node.en, node.id);
            String en = firstOf(node.en, node.fr, node.id);
            tree.add(new ProviderCategorySnapshot(node.id, node.parentId, fr, en));
        }
        return tree;
    }

    private static String firstOf(String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** What both readings say about one category. */
    private static final class Node {
        private final String id;
        private String parentId;
        private String fr;
        private String en;

        Node(String id) {
            this.id = id;
        }

        void take(BridgeCategory category, boolean french) {
            if (parentId == null) {
                parentId = category.parentId();
            }
            if (french && fr == null) {
                fr = category.name();
            } else if (!french && en == null) {
                en = category.name();
            }
        }
    }
}
