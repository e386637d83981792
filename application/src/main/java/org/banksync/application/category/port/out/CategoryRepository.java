package org.banksync.application.category.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;

/** Stores the category tree and answers how transactions use it. */
public interface CategoryRepository {

    Optional<TransactionCategory> findById(CategoryId id);

    /** The imported category for a provider's category, if it was imported. */
    Optional<TransactionCategory> findByProviderRef(ProviderCategoryRef ref);

    boolean exists(CategoryId id);

    /** Every category: the tree is small (a few hundred nodes). */
    List<TransactionCategory> findAll();

    /** A page in id order. */
    Page<TransactionCategory> findPage(PageRequest page);

    /** True while any transaction, live or tombstoned, uses the category. */
    boolean isInUse(CategoryId id);

    /**
     * Moves every transaction (tombstones included) using {@code from} to {@code to}, as the user's choice
     * (category source USER, so no sync takes it back) updated {@code at}; returns how many moved.
     */
    int reassignTransactions(CategoryId from, CategoryId to, Instant at);

    /** Inserts or updates. */
    void save(TransactionCategory category);

    void delete(CategoryId id);
}
