package org.banksync.adapters.persistence.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.banksync.application.sync.port.out.DailyClaims;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Claims of scheduled work in {@code scheduled_job_claim}, one row per job and day (DESIGN.md section 4.6). The
 * transaction-level advisory lock turns away, without waiting, an instance whose timer fires while another is
 * claiming; the row turns away every later one that day. The xact variant is released with the transaction, so a
 * pooled connection never keeps it.
 */
@ApplicationScoped
public class JpaDailyClaims implements DailyClaims {

    static final String LOCK = "select pg_try_advisory_xact_lock(hashtext(?1))";

    static final String CLAIM = """
            insert into scheduled_job_claim (job, run_date, claimed_by, claimed_at) values (?1, ?2, ?3, ?4)
            on conflict (job, run_date) do nothing""";

    static final int JOB_MAX_LENGTH = 50;
    static final int OWNER_MAX_LENGTH = 100;

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaDailyClaims() {
    }

    /** For tests outside the container. */
    public JpaDailyClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * In the caller's transaction (which queues the day's runs): the claim commits together with the
     * runs it queued, so a failure after a won claim rolls both back and the next minute's try wins
     * again. The advisory lock is held meanwhile, which is short: queuing is one insert per account.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, LocalDate day, String owner, Instant now) {
        if (job == null || job.isBlank() || job.length() > JOB_MAX_LENGTH) {
            throw new IllegalArgumentException("a job's name is 1 to " + JOB_MAX_LENGTH + " characters");
        }
        if (owner == null || owner.isBlank() || owner.length() > OWNER_MAX_LENGTH) {
            throw new IllegalArgumentException("a claim's owner is 1 to " + OWNER_MAX_LENGTH + " characters");
        }
        Object locked = entityManager.createNativeQuery(LOCK).setParameter(1, job).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        return entityManager.createNativeQuery(CLAIM)
                .setParameter(1, job)
                .setParameter(2, day)
                .setParameter(3, owner)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }
}
