package org.banksync.domain.category;

import java.util.Objects;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/**
 * A node of the category tree. Imported ones carry their provider reference and may be given to
 * transactions by a sync; manual ones are the users' own and are only ever assigned by a user.
 */
public final class TransactionCategory {

    private final CategoryId id;
    private final CategoryOrigin origin;
    private final ProviderCategoryRef providerRef;
    private LocalizedName names;
    private CategoryId parentId;
    private CashFlowDirection direction;

    private TransactionCategory(CategoryId id, LocalizedName names, CategoryId parentId, CategoryOrigin origin,
            ProviderCategoryRef providerRef, CashFlowDirection direction) {
        this.id = Require.present(id, "id");
        this.origin = Require.present(origin, "origin");
        if (origin == CategoryOrigin.IMPORTED && providerRef == null) {
            throw new DomainViolation("externalId", "an imported category must name its provider category");
        }
        if (origin == CategoryOrigin.MANUAL && providerRef != null) {
            throw new DomainViolation("externalId", "a manual category has no provider category");
        }
        this.providerRef = providerRef;
        rename(names);
        moveUnder(parentId);
        changeDirection(direction);
    }

    /** A user's own category. */
    public static TransactionCategory createManual(LocalizedName names, CategoryId parentId, CashFlowDirection direction) {
        return new TransactionCategory(CategoryId.newId(), names, parentId, CategoryOrigin.MANUAL, null, direction);
    }

    /** A category read from a provider's list. */
    public static TransactionCategory importFromProvider(ProviderCategoryRef providerRef, LocalizedName names,
            CategoryId parentId, CashFlowDirection direction) {
        return new TransactionCategory(CategoryId.newId(), names, parentId, CategoryOrigin.IMPORTED,
                Require.present(providerRef, "externalId"), direction);
    }

    /** A stored category, for persistence mappers only. */
    public static TransactionCategory reconstitute(CategoryId id, LocalizedName names, CategoryId parentId,
            CategoryOrigin origin, ProviderCategoryRef providerRef, CashFlowDirection direction) {
        return new TransactionCategory(id, names, parentId, origin, providerRef, direction);
    }

    public void rename(LocalizedName newNames) {
        this.names = Require.present(newNames, "name");
    }

    /**
     * Places the category under another one, or at the root with null. Only the category itself is
     * refused here; deeper cycles need the whole tree ({@link CategoryTree#checkMove}).
     */
    public void moveUnder(CategoryId newParentId) {
        if (id.equals(newParentId)) {
            throw new DomainViolation("parentId", "category " + id + " cannot be its own parent");
        }
        this.parentId = newParentId;
    }

    public void changeDirection(CashFlowDirection newDirection) {
        this.direction = Require.present(newDirection, "direction");
    }

    /** Whether a sync or a rule may give this category to a transaction; manual ones are for users only. */
    public boolean isAutomaticallyAssignable() {
        return origin == CategoryOrigin.IMPORTED;
    }

    public CategoryId id() {
        return id;
    }

    public LocalizedName names() {
        return names;
    }

    public CategoryId parentId() {
        return parentId;
    }

    public CategoryOrigin origin() {
        return origin;
    }

    public ProviderCategoryRef providerRef() {
        return providerRef;
    }

    public CashFlowDirection direction() {
        return direction;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransactionCategory category && id.equals(category.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "TransactionCategory[" + id + ", " + names.in(java.util.Locale.ENGLISH) + ", " + origin + "]";
    }
}
