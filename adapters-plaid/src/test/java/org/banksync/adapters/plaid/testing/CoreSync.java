package org.banksync.adapters.plaid.testing;

import org.banksync.application.connection.ConnectorRegistry;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.application.sync.FeedRegistry;
import org.banksync.application.sync.RequestSyncService;
import org.banksync.application.sync.SyncSteps;
import org.banksync.application.sync.SynchronizeBankAccountService;
import org.banksync.application.sync.port.in.RequestSyncUseCase.RequestSyncCommand;
import org.banksync.application.sync.port.out.TransactionFeed;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryConnectionPorts;
import org.banksync.application.testing.InMemorySyncPorts;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The core's synchronisation as it runs in production, on its in-memory ports: the real orchestrator
 * and its transactional steps, with one Banksync bank account of company ACME linked to a Plaid account.
 */
public final class CoreSync {

    public final InMemoryAdapters core = new InMemoryAdapters();
    public final InMemoryConnectionPorts connectionPorts = new InMemoryConnectionPorts();
    public final InMemorySyncPorts syncPorts = new InMemorySyncPorts(core.transactions);
    public final BankAccount account;
    private final RequestSyncService requests = new RequestSyncService(core.accounts, syncPorts.runs, core.clock);
    private final SynchronizeBankAccountService orchestrator;

    public CoreSync(TransactionFeed feed, BankConnector connector, String itemId, String plaidAccountId) {
        core.storedCompany(PlaidHarness.ACME.value());
        BankAccount opened = core.storedAccount(PlaidHarness.ACME, "Compte courant", null);
        BankConnection connection = BankConnection.open(opened.bankId(), PlaidHarness.ACME, Provider.PLAID, itemId);
        connectionPorts.connections.save(connection);
        opened.linkTo(new ProviderAccountRef(connection.id(), plaidAccountId));
        core.accounts.save(opened);
        this.account = opened;
        SyncSteps steps = new SyncSteps(syncPorts.runs, core.accounts, connectionPorts.connections, core.categories,
                syncPorts.store, core.clock);
        this.orchestrator = new SynchronizeBankAccountService(steps, new FeedRegistry(List.of(feed)),
                new ConnectorRegistry(List.of(connector)));
    }

    /** Queues a run from {@code since} (null after the first) and runs it to its end. */
    public SyncOutcome run(LocalDate since) {
        return orchestrator.run(queue(since).id(), () -> true);
    }

    public SyncRun queue(LocalDate since) {
        return requests.request(new RequestSyncCommand(account.id(), since, SyncTrigger.USER)).run();
    }

    /** Runs (or resumes) a queued run while {@code stillOwned} says this worker holds it. */
    public SyncOutcome run(SyncRun run, BooleanSupplier stillOwned) {
        return orchestrator.run(run.id(), stillOwned);
    }

    public SyncRun reload(SyncRun run) {
        return syncPorts.runs.findById(run.id()).orElseThrow();
    }

    public List<BankTransaction> live() {
        return core.transactions.all().stream().filter(t -> t.bankAccountId().equals(account.id()) && t.isLive()).toList();
    }

    public List<BankTransaction> all() {
        return core.transactions.all().stream().filter(t -> t.bankAccountId().equals(account.id())).toList();
    }

    public Optional<BankTransaction> stored(String externalId) {
        return core.transactions.findByKey(account.id(), TransactionSource.PLAID, ExternalRef.of(externalId));
    }
}
