package org.banksync.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;

/** Categories in a map; usage is read from the in-memory transactions. */
public class InMemoryCategoryRepository implements CategoryRepository {

    private final Map<CategoryId, TransactionCategory> categories = new ConcurrentHashMap<>();
    private final InMemoryTransactionRepository transactions;

    public InMemoryCategoryRepository(InMemoryTransactionRepository transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<TransactionCategory> findById(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    @Override
    public Optional<TransactionCategory> findByProviderRef(ProviderCategoryRef ref) {
        return categories.values().stream().filter(category -> ref.equals(category.providerRef())).findFirst();
    }

    @Override
    public boolean exists(CategoryId id) {
        return categories.containsKey(id);
    }

    @Override
    public List<TransactionCategory> findAll() {
        return List.copyOf(categories.values());
    }

    @Override
    public Page<TransactionCategory> findPage(PageRequest page) {
        return InMemoryPages.page(categories.values(), category -> category.id().toString(), page, "categories");
    }

    @Override
    public boolean isInUse(CategoryId id) {
        return transactions.uses(id);
    }

    @Override
    public int reassignTransactions(CategoryId from, CategoryId to, Instant at) {
        return transactions.reassign(from, to, at);
    }

    @Override
    public void save(TransactionCategory category) {
        categories.put(category.id(), category);
    }

    @Override
    public void delete(CategoryId id) {
        categories.remove(id);
    }
}
