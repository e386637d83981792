package org.banksync.adapters.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.banksync.adapters.persistence.shared.KeysetCursor;
import org.banksync.adapters.persistence.shared.KeysetPages;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.Iban;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bank accounts in {@code bank_account}, listed by name (ignoring case) then id with keyset paging. */
@ApplicationScoped
public class JpaBankAccountRepository implements BankAccountRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaBankAccountRepository() {
    }

    @Inject
    public JpaBankAccountRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaBankAccountRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<BankAccount> findById(BankAccountId id) {
        return Optional.ofNullable(entityManager.find(BankAccountEntity.class, id.value())).map(BankAccountMapper::toDomain);
    }

    @Override
    public Page<BankAccount> findPage(BankAccountFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.company() != null) {
            conditions.add("a.companyCode = :company");
            parameters.put("company", filter.company().value());
        }
        if (filter.bankId() != null) {
            conditions.add("a.bankId = :bank");
            parameters.put("bank", filter.bankId().value());
        }
        if (!page.isFirst()) {
            // The cursor holds the raw name and PostgreSQL lowers both sides, so Java's idea of lower case never matters.
            List<String> keys = KeysetCursor.decode(page.cursor(), 2);
            conditions.add("(lower(a.name) > lower(:name) or (lower(a.name) = lower(:name) and a.id > :id))");
            parameters.put("name", keys.get(0));
            parameters.put("id", KeysetPages.uuidKey(keys.get(1)));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<BankAccountEntity> query = entityManager.createQuery(
                "select a from BankAccountEntity a" + where + " order by lower(a.name), a.id", BankAccountEntity.class);
        parameters.forEach(query::setParameter);
        List<BankAccountEntity> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return KeysetPages.page(rows, page.limit(), last -> KeysetCursor.encode(last.name, last.id.toString()),
                BankAccountMapper::toDomain);
    }

    @Override
    public Optional<BankAccount> findByIban(CompanyCode company, Iban iban) {
        return entityManager.createQuery(
                        "select a from BankAccountEntity a where a.companyCode = :company and a.iban = :iban",
                        BankAccountEntity.class)
                .setParameter("company", company.value())
                .setParameter("iban", iban.value())
                .getResultStream().findFirst().map(BankAccountMapper::toDomain);
    }

    @Override
    public Optional<BankAccount> findByProviderAccount(ProviderAccountRef ref) {
        return entityManager.createQuery("select a from BankAccountEntity a where a.providerConnectionId = :connection"
                        + " and a.providerAccountExternalId = :account", BankAccountEntity.class)
                .setParameter("connection", ref.connectionId().value())
                .setParameter("account", ref.externalAccountId())
                .getResultStream().findFirst().map(BankAccountMapper::toDomain);
    }

    @Override
    public void save(BankAccount account) {
        Instant now = clock.instant();
        BankAccountEntity row = entityManager.find(BankAccountEntity.class, account.id().value());
        if (row == null) {
            row = new BankAccountEntity();
            row.createdAt = now;
            BankAccountMapper.copy(account, row);
            row.updatedAt = now;
            entityManager.persist(row);
        } else {
            BankAccountMapper.copy(account, row);
            row.updatedAt = now;
        }
    }

    @Override
    public void delete(BankAccountId id) {
        BankAccountEntity row = entityManager.find(BankAccountEntity.class, id.value());
        if (row != null) {
            entityManager.remove(row);
        }
    }
}
