package org.banksync.adapters.persistence.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.banksync.adapters.persistence.shared.KeysetCursor;
import org.banksync.adapters.persistence.shared.KeysetPages;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sync runs in {@code sync_run}, in the caller's transaction, listed newest first (queued at, then id) with keyset
 * paging. Queueing relies on the partial unique index {@code ux_sync_run_active}: of two instances queueing a run
 * for one account at the same moment, PostgreSQL lets one insert through and makes the other wait for it, then do
 * nothing, so that both answer the same run.
 */
@ApplicationScoped
public class JpaSyncRunRepository implements SyncRunRepository {

    /** Inserts a queued run unless its account has an active one (the arbiter is the partial unique index). */
    static final String ENQUEUE = """
            insert into sync_run (id, bank_account_id, trigger, since, state, queued_at)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (bank_account_id) where state in ('QUEUED', 'RUNNING') do nothing""";

    /** The active run that made the insert do nothing may end before it is read; then the insert is tried again. */
    private static final int ENQUEUE_ATTEMPTS = 3;

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaSyncRunRepository() {
    }

    /** For tests outside the container. */
    public JpaSyncRunRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<SyncRun> findById(SyncRunId id) {
        return Optional.ofNullable(entityManager.find(SyncRunEntity.class, id.value())).map(SyncRunMapper::toDomain);
    }

    @Override
    public Optional<SyncRun> findActive(BankAccountId bankAccountId) {
        return entityManager.createQuery("select r from SyncRunEntity r where r.bankAccountId = :account"
                        + " and r.state in ('QUEUED', 'RUNNING')", SyncRunEntity.class)
                .setParameter("account", bankAccountId.value())
                .getResultStream().findFirst().map(SyncRunMapper::toDomain);
    }

    @Override
    public SyncRun enqueue(SyncRun run) {
        if (run.state() != SyncRunState.QUEUED) {
            throw new IllegalArgumentException("only a new, queued run can be enqueued; " + run + " is not");
        }
        for (int attempt = 0; attempt < ENQUEUE_ATTEMPTS; attempt++) {
            int inserted = entityManager.createNativeQuery(ENQUEUE)
                    .setParameter(1, run.id().value())
                    .setParameter(2, run.bankAccountId().value())
                    .setParameter(3, run.trigger().name())
                    .setParameter(4, run.since())
                    .setParameter(5, run.state().name())
                    .setParameter(6, run.queuedAt())
                    .executeUpdate();
            if (inserted == 1) {
                return run;
            }
            Optional<SyncRun> active = findActive(run.bankAccountId());
            if (active.isPresent()) {
                return active.get();
            }
        }
        throw new IllegalStateException("account " + run.bankAccountId() + " keeps having an active run start and end"
                + " while run " + run.id() + " is queued; try again");
    }

    /** Writes what the domain knows of the run; the lease columns are not mapped, so a claim or renewal stays. */
    @Override
    public void save(SyncRun run) {
        SyncRunEntity row = entityManager.find(SyncRunEntity.class, run.id().value());
        if (row == null) {
            row = new SyncRunEntity();
            SyncRunMapper.copy(run, row);
            entityManager.persist(row);
        } else {
            SyncRunMapper.copy(run, row);
        }
    }

    @Override
    public Page<SyncRun> findPage(BankAccountId bankAccountId, SyncRunState state, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (bankAccountId != null) {
            conditions.add("r.bankAccountId = :account");
            parameters.put("account", bankAccountId.value());
        }
        if (state != null) {
            conditions.add("r.state = :state");
            parameters.put("state", state.name());
        }
        if (!page.isFirst()) {
            List<String> keys = KeysetCursor.decode(page.cursor(), 2);
            conditions.add("r.queuedAt <= :afterQueued and (r.queuedAt < :afterQueued or r.id < :afterId)");
            parameters.put("afterQueued", KeysetPages.instantKey(keys.get(0)));
            parameters.put("afterId", KeysetPages.uuidKey(keys.get(1)));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<SyncRunEntity> query = entityManager.createQuery("select r from SyncRunEntity r" + where
                + " order by r.queuedAt desc, r.id desc", SyncRunEntity.class);
        parameters.forEach(query::setParameter);
        List<SyncRunEntity> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return KeysetPages.page(rows, page.limit(),
                last -> KeysetCursor.encode(last.queuedAt.toString(), last.id.toString()), SyncRunMapper::toDomain);
    }
}
