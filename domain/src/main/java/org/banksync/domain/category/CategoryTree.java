package org.banksync.domain.category;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.banksync.domain.shared.DomainViolation;

/** The categories as a tree: answers parent and child questions and refuses moves that would close a cycle. */
public final class CategoryTree {

    private final Map<CategoryId, TransactionCategory> byId = new LinkedHashMap<>();

    private CategoryTree(Collection<TransactionCategory> categories) {
        categories.forEach(category -> byId.put(category.id(), category));
        byId.keySet().forEach(this::ancestorsOf);
    }

    /** Builds the tree; refuses a set whose parent links already loop. */
    public static CategoryTree of(Collection<TransactionCategory> categories) {
        return new CategoryTree(categories);
    }

    public Optional<TransactionCategory> find(CategoryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<TransactionCategory> roots() {
        return byId.values().stream().filter(category -> category.parentId() == null).toList();
    }

    public List<TransactionCategory> childrenOf(CategoryId id) {
        return byId.values().stream().filter(category -> id.equals(category.parentId())).toList();
    }

    /** The parent, the grandparent and so on up to the root. */
    public List<CategoryId> ancestorsOf(CategoryId id) {
        List<CategoryId> ancestors = new ArrayList<>();
        Set<CategoryId> seen = new HashSet<>(Set.of(id));
        TransactionCategory current = byId.get(id);
        while (current != null && current.parentId() != null) {
            CategoryId parent = current.parentId();
            if (!seen.add(parent)) {
                throw new DomainViolation("parentId", "the categories' parents loop through " + parent);
            }
            ancestors.add(parent);
            current = byId.get(parent);
        }
        return ancestors;
    }

    /** The category and everything below it, depth first. */
    public List<CategoryId> subtreeOf(CategoryId id) {
        List<CategoryId> subtree = new ArrayList<>(List.of(id));
        childrenOf(id).stream()
                .sorted(Comparator.comparing(category -> category.id().value()))
                .forEach(child -> subtree.addAll(subtreeOf(child.id())));
        return subtree;
    }

    /** Refuses an unknown parent, or a parent that is the category itself or one of its descendants. */
    public void checkMove(CategoryId id, CategoryId newParentId) {
        if (newParentId == null) {
            return;
        }
        if (!byId.containsKey(newParentId)) {
            throw new DomainViolation("parentId", "there is no category " + newParentId);
        }
        if (newParentId.equals(id) || ancestorsOf(newParentId).contains(id)) {
            throw new DomainViolation("parentId", "category " + id + " cannot move under " + newParentId
                    + ", which is itself or one of its sub-categories");
        }
    }
}
