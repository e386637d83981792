package org.banksync.application.connection.port.in;

import org.banksync.domain.connection.Provider;

/**
 * Imports an aggregator's category tree as IMPORTED categories, idempotently: new ones are
 * created, renamed or moved ones follow, manual categories are never touched.
 */
public interface ImportProviderCategoriesUseCase {

    CategoryImport importCategories(Provider provider);

    /** What the import did. */
    record CategoryImport(int created, int changed, int unchanged) {
    }
}
