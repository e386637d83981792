package org.banksync.adapters.persistence.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bank connections in {@code bank_connection}; the schema keeps one live connection per bank and company. */
@ApplicationScoped
public class JpaConnectionRepository implements ConnectionRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaConnectionRepository() {
    }

    @Inject
    public JpaConnectionRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaConnectionRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<BankConnection> findById(ConnectionId id) {
        return Optional.ofNullable(entityManager.find(BankConnectionEntity.class, id.value()))
                .map(BankConnectionMapper::toDomain);
    }

    @Override
    public Optional<BankConnection> findLive(BankId bankId, CompanyCode company) {
        return entityManager.createQuery("select c from BankConnectionEntity c where c.bankId = :bank"
                        + " and c.companyCode = :company and c.state <> :disconnected", BankConnectionEntity.class)
                .setParameter("bank", bankId.value())
                .setParameter("company", company.value())
                .setParameter("disconnected", ConnectionState.DISCONNECTED.name())
                .getResultStream().findFirst().map(BankConnectionMapper::toDomain);
    }

    @Override
    public Optional<BankConnection> findByItem(Provider provider, String externalItemId) {
        return entityManager.createQuery("select c from BankConnectionEntity c where c.provider = :provider"
                        + " and c.externalItemId = :item", BankConnectionEntity.class)
                .setParameter("provider", provider.wireName())
                .setParameter("item", externalItemId)
                .getResultStream().findFirst().map(BankConnectionMapper::toDomain);
    }

    @Override
    public List<BankConnection> findByBank(BankId bankId) {
        return entityManager.createQuery("select c from BankConnectionEntity c where c.bankId = :bank"
                        + " order by c.createdAt, c.id", BankConnectionEntity.class)
                .setParameter("bank", bankId.value())
                .getResultStream().map(BankConnectionMapper::toDomain).toList();
    }

    @Override
    public List<BankConnection> findAll() {
        return entityManager.createQuery("select c from BankConnectionEntity c order by c.createdAt, c.id",
                        BankConnectionEntity.class)
                .getResultStream().map(BankConnectionMapper::toDomain).toList();
    }

    @Override
    public void save(BankConnection connection) {
        Instant now = clock.instant();
        BankConnectionEntity row = entityManager.find(BankConnectionEntity.class, connection.id().value());
        if (row == null) {
            row = new BankConnectionEntity();
            row.createdAt = now;
            BankConnectionMapper.copy(connection, row);
            row.updatedAt = now;
            entityManager.persist(row);
        } else {
            BankConnectionMapper.copy(connection, row);
            row.updatedAt = now;
        }
    }
}
