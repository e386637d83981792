package org.banksync.application.sync;

import jakarta.inject.Inject;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.application.sync.port.in.ScheduleDailySyncUseCase;
import org.banksync.application.sync.port.out.DailyClaims;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;

import java.time.Clock;
import java.time.LocalDate;

/** Claims the day, then queues a SCHEDULE run for every linked account that has synchronised before. */
@UseCase
public class ScheduleDailySyncService implements ScheduleDailySyncUseCase {

    static final String JOB = "daily-sync";

    private DailyClaims claims;
    private BankAccountRepository accounts;
    private SyncRunRepository runs;
    private Clock clock;

    protected ScheduleDailySyncService() {
    }

    @Inject
    public ScheduleDailySyncService(DailyClaims claims, BankAccountRepository accounts, SyncRunRepository runs, Clock clock) {
        this.claims = claims;
        this.accounts = accounts;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public int scheduleDay(LocalDate day, String instance) {
        if (!claims.claim(JOB, day, instance, clock.instant())) {
            return 0;
        }
        int queued = 0;
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (page != null) {
            Page<BankAccount> batch = accounts.findPage(BankAccountFilter.all(), page);
            for (BankAccount account : batch.items()) {
                if (account.isLinked() && account.syncStartDate() != null && runs.findActive(account.id()).isEmpty()) {
                    SyncRun run = SyncRun.queue(account.id(), SyncTrigger.SCHEDULE, account.syncStartDate(), clock);
                    if (runs.enqueue(run).id().equals(run.id())) {
                        queued++;
                    }
                }
            }
            page = batch.hasNext() ? new PageRequest(PageRequest.MAX_LIMIT, batch.nextCursor()) : null;
        }
        return queued;
    }
}
