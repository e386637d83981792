package org.banksync.adapters.persistence.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.banksync.adapters.persistence.shared.KeysetCursor;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Banks in {@code bank}, listed by name then id with keyset paging. */
@ApplicationScoped
public class JpaBankRepository implements BankRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaBankRepository() {
    }

    @Inject
    public JpaBankRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaBankRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<Bank> findById(BankId id) {
        return Optional.ofNullable(entityManager.find(BankEntity.class, id.value())).map(BankMapper::toDomain);
    }

    @Override
    public boolean exists(BankId id) {
        return entityManager.find(BankEntity.class, id.value()) != null;
    }

    @Override
    public boolean isInUse(BankId id) {
        Number uses = (Number) entityManager.createNativeQuery(
                        "select (select count(*) from bank_account where bank_id = ?1)"
                                + " + (select count(*) from bank_connection where bank_id = ?1)")
                .setParameter(1, id.value())
                .getSingleResult();
        return uses.longValue() > 0;
    }

    @Override
    public Page<Bank> findPage(PageRequest page) {
        TypedQuery<BankEntity> query;
        if (page.isFirst()) {
            query = entityManager.createQuery("select b from BankEntity b order by lower(b.name), b.id", BankEntity.class);
        } else {
            List<String> keys = KeysetCursor.decode(page.cursor(), 2);
            // The cursor keeps the raw name and PostgreSQL lowercases both sides, so that Java's and
            // the database's idea of lower case can never disagree (accented names).
            query = entityManager.createQuery("select b from BankEntity b where lower(b.name) > lower(:name)"
                            + " or (lower(b.name) = lower(:name) and b.id > :id) order by lower(b.name), b.id", BankEntity.class)
                    .setParameter("name", keys.get(0))
                    .setParameter("id", parseId(keys.get(1)));
        }
        List<BankEntity> rows = query.setMaxResults(page.limit() + 1).getResultList();
        boolean more = rows.size() > page.limit();
        List<BankEntity> served = more ? rows.subList(0, page.limit()) : rows;
        String next = null;
        if (more) {
            BankEntity last = served.get(served.size() - 1);
            next = KeysetCursor.encode(last.name, last.id.toString());
        }
        return new Page<>(served.stream().map(BankMapper::toDomain).toList(), next);
    }

    @Override
    public void save(Bank bank) {
        Instant now = clock.instant();
        BankEntity row = entityManager.find(BankEntity.class, bank.id().value());
        if (row == null) {
            row = new BankEntity();
            row.createdAt = now;
            BankMapper.copy(bank, row);
            row.updatedAt = now;
            entityManager.persist(row);
        } else {
            BankMapper.copy(bank, row);
            row.updatedAt = now;
        }
    }

    @Override
    public void delete(BankId id) {
        BankEntity row = entityManager.find(BankEntity.class, id.value());
        if (row != null) {
            entityManager.remove(row);
        }
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw KeysetCursor.invalid();
        }
    }
}
