package org.banksync.adapters.persistence.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.banksync.application.sync.port.out.SyncRunQueue;
import org.banksync.domain.sync.SyncRunId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim and lease of active runs in {@code sync_run}: the only writer of {@code lease_owner},
 * {@code lease_expires_at} and {@code attempts}, which {@link SyncRunEntity} leaves unmapped. A run can be claimed
 * while nobody holds a live lease on it: a QUEUED run just claimed is held by its lease until its worker starts it,
 * and a RUNNING run whose lease lapsed (its instance died) is claimed again and resumes. Each call commits in a
 * transaction of its own, so the lease is visible to every instance at once. Never call these from a transaction
 * that has written the run: the new transaction would wait for the suspended one's row lock forever.
 */
@ApplicationScoped
public class JpaSyncRunQueue implements SyncRunQueue {

    /**
     * Leases the oldest claimable run in one statement. SKIP LOCKED passes over a row another claimer is leasing
     * right now, and the re-check PostgreSQL makes of a row locked after the snapshot refuses a lease taken meanwhile.
     */
    static final String CLAIM = """
            update sync_run set lease_owner = ?1, lease_expires_at = ?2, attempts = attempts + 1
             where id = (select id from sync_run
                          where state in ('QUEUED', 'RUNNING') and (lease_expires_at is null or lease_expires_at < ?3)
                          order by queued_at, id
                          limit 1
                          for update skip locked)
            returning id""";

    static final String RENEW = """
            update sync_run set lease_expires_at = ?1
             where id = ?2 and lease_owner = ?3 and state in ('QUEUED', 'RUNNING')""";

    static final int OWNER_MAX_LENGTH = 100;

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaSyncRunQueue() {
    }

    /** For tests outside the container. */
    public JpaSyncRunQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SyncRunId> claimNext(String owner, Duration lease, Instant now) {
        requireLease(owner, lease);
        List<?> claimed = entityManager.createNativeQuery(CLAIM)
                .setParameter(1, owner)
                .setParameter(2, now.plus(lease))
                .setParameter(3, now)
                .getResultList();
        return claimed.stream().findFirst()
                .map(id -> SyncRunId.of(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renewLease(SyncRunId run, String owner, Duration lease, Instant now) {
        requireLease(owner, lease);
        return entityManager.createNativeQuery(RENEW)
                .setParameter(1, now.plus(lease))
                .setParameter(2, run.value())
                .setParameter(3, owner)
                .executeUpdate() == 1;
    }

    private static void requireLease(String owner, Duration lease) {
        if (owner == null || owner.isBlank() || owner.length() > OWNER_MAX_LENGTH) {
            throw new IllegalArgumentException("a lease's owner is 1 to " + OWNER_MAX_LENGTH + " characters");
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease lasts a positive time");
        }
    }
}
