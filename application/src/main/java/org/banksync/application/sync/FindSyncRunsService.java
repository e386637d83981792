package org.banksync.application.sync;

import jakarta.inject.Inject;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.application.sync.port.in.FindSyncRunsQuery;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;

/** Reads runs. */
@UseCase
public class FindSyncRunsService implements FindSyncRunsQuery {

    private SyncRunRepository runs;

    protected FindSyncRunsService() {
    }

    @Inject
    public FindSyncRunsService(SyncRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public SyncRun get(SyncRunId id) {
        return runs.findById(id).orElseThrow(() -> new NotFound("sync run", id));
    }

    @Override
    public Page<SyncRun> list(BankAccountId bankAccountId, SyncRunState state, PageRequest page) {
        return runs.findPage(bankAccountId, state, page);
    }
}
