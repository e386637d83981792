package org.banksync.adapters.persistence.category;

import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.CategoryOrigin;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.connection.Provider;

/** Translates between {@link TransactionCategory} and {@link CategoryEntity}. */
final class CategoryMapper {
    private CategoryMapper() {
    }

    static TransactionCategory toDomain(CategoryEntity row) {
        ProviderCategoryRef ref = row.provider == null ? null
                : new ProviderCategoryRef(Provider.fromWireName(row.provider), row.externalId);
        return TransactionCategory.reconstitute(CategoryId.of(row.id), new LocalizedName(row.nameFr, row.nameEn),
                row.parentId == null ? null : CategoryId.of(row.parentId), CategoryOrigin.valueOf(row.origin), ref,
                CashFlowDirection.valueOf(row.direction));
    }

    static void copy(TransactionCategory category, CategoryEntity row) {
        row.id = category.id().value();
        row.nameFr = category.names().fr();
        row.nameEn = category.names().en();
        row.parentId = category.parentId() == null ? null : category.parentId().value();
        row.origin = category.origin().name();
        row.provider = category.providerRef() == null ? null : category.providerRef().provider().wireName();
        row.externalId = category.providerRef() == null ? null : category.providerRef().externalId();
        row.direction = category.direction().name();
    }
}
