package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.connection.port.in.ImportProviderCategoriesUseCase;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.connection.Provider;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mirrors an aggregator's category tree into IMPORTED categories. Parents are handled before their
 * children; a category the aggregator renamed or moved follows; manual categories are never read.
 */
@UseCase
public class ImportProviderCategoriesService implements ImportProviderCategoriesUseCase {

    private CategoryRepository categories;
    private ConnectorRegistry connectors;

    protected ImportProviderCategoriesService() {
    }

    @Inject
    public ImportProviderCategoriesService(CategoryRepository categories, ConnectorRegistry connectors) {
        this.categories = categories;
        this.connectors = connectors;
    }

    @Override
    public CategoryImport importCategories(Provider provider) {
        List<ProviderCategorySnapshot> tree = connectors.of(provider).readCategories();
        Map<String, CategoryId> idsByExternal = new HashMap<>();
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (ProviderCategorySnapshot node : parentsFirst(tree)) {
            ProviderCategoryRef ref = new ProviderCategoryRef(provider, node.externalId());
            CategoryId parent = node.parentExternalId() == null ? null : idsByExternal.get(node.parentExternalId());
            LocalizedName names = new LocalizedName(node.nameFr(), node.nameEn());
            Optional<TransactionCategory> existing = categories.findByProviderRef(ref);
            if (existing.isEmpty()) {
                TransactionCategory category = TransactionCategory.importFromProvider(ref, names, parent, CashFlowDirection.BOTH);
                categories.save(category);
                idsByExternal.put(node.externalId(), category.id());
                created++;
                continue;
            }
            TransactionCategory category = existing.get();
            idsByExternal.put(node.externalId(), category.id());
            boolean differs = !category.names().equals(names) || !Objects.equals(category.parentId(), parent);
            if (differs) {
                category.rename(names);
                category.moveUnder(parent);
                categories.save(category);
                changed++;
            } else {
                unchanged++;
            }
        }
        return new CategoryImport(created, changed, unchanged);
    }

    /** Orders the nodes so that each parent comes before its children (unknown parents count as roots). */
    private static List<ProviderCategorySnapshot> parentsFirst(List<ProviderCategorySnapshot> tree) {
        Map<String, List<ProviderCategorySnapshot>> children = new HashMap<>();
        Map<String, ProviderCategorySnapshot> byId = new HashMap<>();
        tree.forEach(node -> byId.put(node.externalId(), node));
        Deque<ProviderCategorySnapshot> queue = new ArrayDeque<>();
        for (ProviderCategorySnapshot node : tree) {
            if (node.parentExternalId() == null || !byId.containsKey(node.parentExternalId())) {
                queue.add(node);
            } else {
                children.computeIfAbsent(node.parentExternalId(), key -> new java.util.ArrayList<>()).add(node);
            }
        }
        List<ProviderCategorySnapshot> ordered = new java.util.ArrayList<>();
        while (!queue.isEmpty()) {
            ProviderCategorySnapshot node = queue.poll();
            ordered.add(node);
            queue.addAll(children.getOrDefault(node.externalId(), List.of()));
        }
        return ordered;
    }
}
