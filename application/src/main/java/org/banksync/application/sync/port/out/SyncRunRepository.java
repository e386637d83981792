package org.banksync.application.sync.port.out;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;

import java.util.Optional;

/** Sync runs: the history, and for QUEUED and RUNNING ones a durable queue. */
public interface SyncRunRepository {

    Optional<SyncRun> findById(SyncRunId id);

    /** The account's QUEUED or RUNNING run, if any (there is at most one, cluster-wide). */
    Optional<SyncRun> findActive(BankAccountId bankAccountId);

    /**
     * Inserts the run unless the account already has an active one: answers the run that is
     * active afterwards, this one or the one that was there first. Atomic across instances.
     */
    SyncRun enqueue(SyncRun run);

    /** Updates a stored run. */
    void save(SyncRun run);

    /** Newest first, by account and state when given. */
    Page<SyncRun> findPage(BankAccountId bankAccountId, SyncRunState state, PageRequest page);
}
