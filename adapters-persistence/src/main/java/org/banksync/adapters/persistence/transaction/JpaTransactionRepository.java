package org.banksync.adapters.persistence.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.adapters.persistence.shared.KeysetPages;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transactions in {@code bank_transaction}, tombstones included, listed with keyset paging (see
 * {@link TransactionListQuery}). {@code updated_at} is the domain's own: it moves when the transaction changes,
 * not whenever it is written.
 */
@ApplicationScoped
public class JpaTransactionRepository implements TransactionRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaTransactionRepository() {
    }

    @Inject
    public JpaTransactionRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaTransactionRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<BankTransaction> findById(TransactionId id) {
        return Optional.ofNullable(entityManager.find(BankTransactionEntity.class, id.value()))
                .map(BankTransactionMapper::toDomain);
    }

    @Override
    public Optional<BankTransaction> findByKey(BankAccountId bankAccountId, TransactionSource source, ExternalRef externalId) {
        return entityManager.createQuery("select t from BankTransactionEntity t where t.bankAccountId = :account"
                        + " and t.source = :source and t.externalId = :externalId", BankTransactionEntity.class)
                .setParameter("account", bankAccountId.value())
                .setParameter("source", source.wireName())
                .setParameter("externalId", externalId.value())
                .getResultStream().findFirst().map(BankTransactionMapper::toDomain);
    }

    @Override
    public Page<BankTransaction> findPage(TransactionFilter filter, PageRequest page) {
        TransactionListQuery list = new TransactionListQuery(filter, page);
        List<BankTransactionEntity> rows = list.create(entityManager, page.limit() + 1).getResultList();
        return KeysetPages.page(rows, page.limit(), list::cursorAfter, BankTransactionMapper::toDomain);
    }

    @Override
    public TransactionTotals sumAmounts(TransactionFilter filter) {
        long count = 0;
        List<Money> sums = new ArrayList<>();
        for (Object[] row : new TransactionListQuery(filter).totals(entityManager).getResultList()) {
            count += ((Number) row[1]).longValue();
            sums.add(new Money((BigDecimal) row[2], CurrencyCode.of((String) row[0])));
        }
        return new TransactionTotals(count, sums);
    }

    @Override
    public boolean existsForAccount(BankAccountId bankAccountId) {
        return !entityManager.createQuery("select t.id from BankTransactionEntity t where t.bankAccountId = :account")
                .setParameter("account", bankAccountId.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void save(BankTransaction transaction) {
        BankTransactionEntity row = entityManager.find(BankTransactionEntity.class, transaction.id().value());
        if (row == null) {
            row = new BankTransactionEntity();
            row.createdAt = clock.instant();
            BankTransactionMapper.copy(transaction, row);
            entityManager.persist(row);
        } else {
            BankTransactionMapper.copy(transaction, row);
        }
    }
}
