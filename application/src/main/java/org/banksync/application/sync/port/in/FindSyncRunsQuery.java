package org.banksync.application.sync.port.in;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;

/** The sync history and the progress of a run. */
public interface FindSyncRunsQuery {

    /** @throws org.banksync.application.shared.NotFound when there is no such run */
    SyncRun get(SyncRunId id);

    /** Newest first; account and state narrow the list when given. */
    Page<SyncRun> list(BankAccountId bankAccountId, SyncRunState state, PageRequest page);
}
