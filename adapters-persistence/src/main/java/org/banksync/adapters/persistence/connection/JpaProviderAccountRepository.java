package org.banksync.adapters.persistence.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.application.connection.ProviderAccount;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.Uuid7;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The aggregator's accounts in {@code provider_account}, one row per (connection, external id) whose id
 * outlives every re-read. An account the aggregator stops reporting goes, unless a bank account still links
 * to it: that link, and the history behind it, must not dangle.
 */
@ApplicationScoped
public class JpaProviderAccountRepository implements ProviderAccountRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaProviderAccountRepository() {
    }

    @Inject
    public JpaProviderAccountRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaProviderAccountRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public List<ProviderAccount> replaceAll(ConnectionId connectionId, List<ProviderAccountSnapshot> accounts) {
        Instant now = clock.instant();
        Map<String, ProviderAccountEntity> known = rows(connectionId).stream()
                .collect(Collectors.toMap(row -> row.externalId, Function.identity()));
        Set<String> read = new HashSet<>();
        for (ProviderAccountSnapshot snapshot : accounts) {
            read.add(snapshot.externalId());
            ProviderAccountEntity row = known.get(snapshot.externalId());
            if (row == null) {
                row = new ProviderAccountEntity();
                row.id = Uuid7.next();
                row.connectionId = connectionId.value();
                ProviderAccountMapper.copy(snapshot, row);
                row.updatedAt = now;
                entityManager.persist(row);
                known.put(row.externalId, row);
            } else {
                ProviderAccountMapper.copy(snapshot, row);
                row.updatedAt = now;
            }
        }
        Set<String> linked = linkedExternalIds(connectionId);
        known.values().stream()
                .filter(row -> !read.contains(row.externalId) && !linked.contains(row.externalId))
                .forEach(entityManager::remove);
        entityManager.flush();
        return findByConnection(connectionId);
    }

    @Override
    public List<ProviderAccount> findByConnection(ConnectionId connectionId) {
        return rows(connectionId).stream().map(ProviderAccountMapper::toDomain).toList();
    }

    @Override
    public Optional<ProviderAccount> findById(UUID id) {
        return Optional.ofNullable(entityManager.find(ProviderAccountEntity.class, id)).map(ProviderAccountMapper::toDomain);
    }

    private List<ProviderAccountEntity> rows(ConnectionId connectionId) {
        return entityManager.createQuery("select p from ProviderAccountEntity p where p.connectionId = :connection"
                        + " order by p.externalId, p.id", ProviderAccountEntity.class)
                .setParameter("connection", connectionId.value())
                .getResultList();
    }

    /** The connection's accounts that bank accounts link to, read in SQL so as not to reach into the account feature. */
    private Set<String> linkedExternalIds(ConnectionId connectionId) {
        List<?> ids = entityManager.createNativeQuery(
                        "select provider_account_external_id from bank_account where provider_connection_id = ?1")
                .setParameter(1, connectionId.value())
                .getResultList();
        return ids.stream().map(String.class::cast).collect(Collectors.toSet());
    }
}
