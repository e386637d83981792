package org.banksync.adapters.persistence.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.adapters.persistence.shared.KeysetCursor;
import org.banksync.adapters.persistence.shared.KeysetPages;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.ProviderCategoryRef;
import org.banksync.domain.category.TransactionCategory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The category tree in {@code transaction_category}, listed in id (creation) order. How transactions use a
 * category is asked of {@code bank_transaction} in SQL, so this feature never reaches into the transaction entity.
 */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    /** Below every UUID, so the first page needs no query of its own. */
    private static final UUID BEFORE_FIRST = new UUID(0, 0);

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaCategoryRepository() {
    }

    @Inject
    public JpaCategoryRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaCategoryRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<TransactionCategory> findById(CategoryId id) {
        return Optional.ofNullable(entityManager.find(CategoryEntity.class, id.value())).map(CategoryMapper::toDomain);
    }

    @Override
    public Optional<TransactionCategory> findByProviderRef(ProviderCategoryRef ref) {
        return entityManager.createQuery(
                        "select c from CategoryEntity c where c.provider = :provider and c.externalId = :externalId",
                        CategoryEntity.class)
                .setParameter("provider", ref.provider().wireName())
                .setParameter("externalId", ref.externalId())
                .getResultStream().findFirst().map(CategoryMapper::toDomain);
    }

    @Override
    public boolean exists(CategoryId id) {
        return entityManager.find(CategoryEntity.class, id.value()) != null;
    }

    @Override
    public List<TransactionCategory> findAll() {
        return entityManager.createQuery("select c from CategoryEntity c order by c.id", CategoryEntity.class)
                .getResultStream().map(CategoryMapper::toDomain).toList();
    }

    @Override
    public Page<TransactionCategory> findPage(PageRequest page) {
        UUID after = page.isFirst() ? BEFORE_FIRST : KeysetPages.uuidKey(KeysetCursor.decode(page.cursor(), 1).get(0));
        List<CategoryEntity> rows = entityManager.createQuery(
                        "select c from CategoryEntity c where c.id > :after order by c.id", CategoryEntity.class)
                .setParameter("after", after)
                .setMaxResults(page.limit() + 1)
                .getResultList();
        return KeysetPages.page(rows, page.limit(), last -> KeysetCursor.encode(last.id.toString()),
                CategoryMapper::toDomain);
    }

    @Override
    public boolean isInUse(CategoryId id) {
        return !entityManager.createNativeQuery("select 1 from bank_transaction where category_id = ?1 limit 1")
                .setParameter(1, id.value())
                .getResultList().isEmpty();
    }

    @Override
    public int reassignTransactions(CategoryId from, CategoryId to, Instant at) {
        // One statement whatever the number of rows; version moves so that ETags read before no longer match.
        // Rows this unit of work changed go first, and rows it holds are dropped after, as the update bypasses them.
        entityManager.flush();
        int moved = entityManager.createNativeQuery("update bank_transaction set category_id = ?1, category_source = 'USER',"
                        + " updated_at = ?2, version = version + 1 where category_id = ?3")
                .setParameter(1, to.value())
                .setParameter(2, at)
                .setParameter(3, from.value())
                .executeUpdate();
        entityManager.clear();
        return moved;
    }

    @Override
    public void save(TransactionCategory category) {
        Instant now = clock.instant();
        CategoryEntity row = entityManager.find(CategoryEntity.class, category.id().value());
        if (row == null) {
            row = new CategoryEntity();
            row.createdAt = now;
            CategoryMapper.copy(category, row);
            row.updatedAt = now;
            entityManager.persist(row);
        } else {
            CategoryMapper.copy(category, row);
            row.updatedAt = now;
        }
    }

    @Override
    public void delete(CategoryId id) {
        CategoryEntity row = entityManager.find(CategoryEntity.class, id.value());
        if (row != null) {
            entityManager.remove(row);
        }
    }
}
