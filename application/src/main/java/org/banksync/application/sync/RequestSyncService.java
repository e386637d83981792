package org.banksync.application.sync;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.application.sync.port.in.RequestSyncUseCase;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.sync.SyncRun;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Queues a run for a linked account, or answers the one already active. */
@UseCase
public class RequestSyncService implements RequestSyncUseCase {

    private BankAccountRepository accounts;
    private SyncRunRepository runs;
    private Clock clock;

    protected RequestSyncService() {
    }

    @Inject
    public RequestSyncService(BankAccountRepository accounts, SyncRunRepository runs, Clock clock) {
        this.accounts = accounts;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public SyncRequest request(RequestSyncCommand command) {
        BankAccount account = accounts.findById(command.bankAccountId())
                .orElseThrow(() -> new NotFound("bank account", command.bankAccountId()));
        if (!account.isLinked()) {
            throw new DomainViolation("bankAccountId", "bank account " + account.name()
                    + " is not linked to an account at the aggregator; connect its bank and link it first");
        }
        Optional<SyncRun> active = runs.findActive(account.id());
        if (active.isPresent()) {
            return new SyncRequest.AlreadyActive(active.get());
        }
        LocalDate since = command.since() != null ? command.since() : account.syncStartDate();
        if (since == null) {
            throw new DomainViolation("since", "the first synchronisation of an account needs a sync date");
        }
        if (since.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            throw new DomainViolation("since", "the sync date " + since + " is in the future");
        }
        if (!since.equals(account.syncStartDate())) {
            account.startSyncFrom(since);
            accounts.save(account);
        }
        SyncRun queued = SyncRun.queue(account.id(), command.trigger(), since, clock);
        SyncRun enqueued = runs.enqueue(queued);
        return enqueued.id().equals(queued.id()) ? new SyncRequest.Queued(enqueued) : new SyncRequest.AlreadyActive(enqueued);
    }
}
