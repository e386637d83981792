package org.banksync.adapters.persistence.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.application.connection.ConnectContext;
import org.banksync.application.connection.port.out.ConnectContextRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Connect contexts in {@code connect_context}. A context is consumed by one conditional update, so that of two
 * callbacks racing with the same context PostgreSQL lets exactly one through: the other waits for the first's row
 * lock, then re-checks its condition against the committed row and finds it used (or, if the first rolled back,
 * still usable).
 */
@ApplicationScoped
public class JpaConnectContextRepository implements ConnectContextRepository {

    /** Marks the context used if it still is usable, and answers the row only then. */
    static final String CONSUME = """
            update connect_context set used_at = ?1
             where token_hash = ?2 and used_at is null and expires_at > ?1
            returning token_hash, bank_id, company_code, provider, username, connection_id, created_at, expires_at, used_at""";

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaConnectContextRepository() {
    }

    /** For tests outside the container. */
    public JpaConnectContextRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(ConnectContext context) {
        ConnectContextEntity row = entityManager.find(ConnectContextEntity.class, context.tokenHash());
        if (row == null) {
            row = new ConnectContextEntity();
            ConnectContextMapper.copy(context, row);
            entityManager.persist(row);
        } else {
            ConnectContextMapper.copy(context, row);
        }
    }

    @Override
    public Optional<ConnectContext> findUsable(String tokenHash, Instant now) {
        return entityManager.createQuery("select c from ConnectContextEntity c where c.tokenHash = :hash"
                        + " and c.usedAt is null and c.expiresAt > :now", ConnectContextEntity.class)
                .setParameter("hash", tokenHash)
                .setParameter("now", now)
                .getResultStream().findFirst().map(ConnectContextMapper::toDomain);
    }

    @Override
    public Optional<ConnectContext> consume(String tokenHash, Instant now) {
        List<?> won = entityManager.createNativeQuery(CONSUME, ConnectContextEntity.class)
                .setParameter(1, now)
                .setParameter(2, tokenHash)
                .getResultList();
        return won.stream().findFirst().map(row -> ConnectContextMapper.toDomain((ConnectContextEntity) row));
    }
}
