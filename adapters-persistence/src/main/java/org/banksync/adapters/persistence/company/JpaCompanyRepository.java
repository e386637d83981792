package org.banksync.adapters.persistence.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.adapters.persistence.shared.KeysetCursor;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Companies in {@code company}, listed by code. */
@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaCompanyRepository() {
    }

    @Inject
    public JpaCompanyRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaCompanyRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<Company> findByCode(CompanyCode code) {
        return Optional.ofNullable(entityManager.find(CompanyEntity.class, code.value())).map(JpaCompanyRepository::toDomain);
    }

    @Override
    public boolean exists(CompanyCode code) {
        return entityManager.find(CompanyEntity.class, code.value()) != null;
    }

    @Override
    public Page<Company> findPage(PageRequest page) {
        String after = page.isFirst() ? "" : KeysetCursor.decode(page.cursor(), 1).get(0);
        List<CompanyEntity> rows = entityManager.createQuery(
                        "select c from CompanyEntity c where c.code > :after order by c.code", CompanyEntity.class)
                .setParameter("after", after)
                .setMaxResults(page.limit() + 1)
                .getResultList();
        boolean more = rows.size() > page.limit();
        List<CompanyEntity> served = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? KeysetCursor.encode(served.get(served.size() - 1).code) : null;
        return new Page<>(served.stream().map(JpaCompanyRepository::toDomain).toList(), next);
    }

    @Override
    public void save(Company company) {
        CompanyEntity row = entityManager.find(CompanyEntity.class, company.code().value());
        if (row == null) {
            row = new CompanyEntity();
            row.code = company.code().value();
            row.createdAt = clock.instant();
            row.name = company.name();
            entityManager.persist(row);
        } else {
            row.name = company.name();
        }
    }

    private static Company toDomain(CompanyEntity row) {
        return new Company(CompanyCode.of(row.code), row.name);
    }
}
