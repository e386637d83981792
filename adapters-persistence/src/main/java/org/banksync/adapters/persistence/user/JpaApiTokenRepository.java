package org.banksync.adapters.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.application.user.ApiToken;
import org.banksync.application.user.port.out.ApiTokenRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Personal API tokens in {@code api_token}, found by the hash of their secret. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaApiTokenRepository() {
    }

    /** For tests outside the container. */
    public JpaApiTokenRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ApiToken token, String secretHash) {
        ApiTokenEntity row = new ApiTokenEntity();
        row.id = token.id();
        row.username = token.username();
        row.name = token.name();
        row.tokenHash = secretHash;
        row.prefix = token.prefix();
        row.createdAt = token.createdAt();
        row.lastUsedAt = token.lastUsedAt();
        row.expiresAt = token.expiresAt();
        row.revokedAt = token.revokedAt();
        entityManager.persist(row);
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return entityManager.createQuery("select t from ApiTokenEntity t where t.tokenHash = :hash", ApiTokenEntity.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst().map(JpaApiTokenRepository::toDomain);
    }

    @Override
    public List<ApiToken> findByUser(String username) {
        return entityManager.createQuery("select t from ApiTokenEntity t where t.username = :username"
                        + " order by t.createdAt desc, t.id desc", ApiTokenEntity.class)
                .setParameter("username", username)
                .getResultStream().map(JpaApiTokenRepository::toDomain).toList();
    }

    @Override
    public boolean revoke(UUID id, String username, Instant at) {
        return entityManager.createQuery("update ApiTokenEntity t set t.revokedAt = :at"
                        + " where t.id = :id and t.username = :username and t.revokedAt is null")
                .setParameter("at", at).setParameter("id", id).setParameter("username", username)
                .executeUpdate() == 1;
    }

    @Override
    public void touch(UUID id, Instant at) {
        entityManager.createQuery("update ApiTokenEntity t set t.lastUsedAt = :at where t.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    private static ApiToken toDomain(ApiTokenEntity row) {
        return new ApiToken(row.id, row.username, row.name, row.prefix, row.createdAt, row.lastUsedAt, row.expiresAt,
                row.revokedAt);
    }
}
