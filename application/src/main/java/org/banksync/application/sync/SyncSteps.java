package org.banksync.application.sync;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.application.sync.port.out.TransactionFeed.FeedPage;
import org.banksync.application.sync.port.out.TransactionStore;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.sync.SyncError;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionUpsertDecision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactional steps of a run, each one unit of work: begin, store a page together with the
 * run's progress and resume point, complete (the watermark moves only here), fail.
 */
@UseCase
public class SyncSteps {

    private SyncRunRepository runs;
    private BankAccountRepository accounts;
    private ConnectionRepository connections;
    private CategoryRepository categories;
    private TransactionStore store;
    private Clock clock;

    protected SyncSteps() {
    }

    @Inject
    public SyncSteps(SyncRunRepository runs, BankAccountRepository accounts, ConnectionRepository connections,
                     CategoryRepository categories, TransactionStore store, Clock clock) {
        this.runs = runs;
        this.accounts = accounts;
        this.connections = connections;
        this.categories = categories;
        this.store = store;
        this.clock = clock;
    }

    /** Marks the run RUNNING (a resumed run already is) and fixes its plan. */
    public SyncPlan begin(SyncRunId id) {
        SyncRun run = load(id);
        if (run.state() == SyncRunState.QUEUED) {
            run.start(clock);
            runs.save(run);
        } else if (run.state() != SyncRunState.RUNNING) {
            throw new IllegalStateException("run " + id + " is " + run.state() + "; only a queued or running run can go on");
        }
        BankAccount account = accounts.findById(run.bankAccountId())
                .orElseThrow(() -> new NotFound("bank account", run.bankAccountId()));
        if (!account.isLinked()) {
            throw new SyncRefused(new SyncOutcome.ActionNeeded("the bank account is no longer linked to an account at the aggregator"));
        }
        BankConnection connection = connections.findById(account.providerAccount().connectionId())
                .filter(BankConnection::isLive)
                .orElseThrow(() -> new SyncRefused(new SyncOutcome.ActionNeeded("the bank's connection is gone; connect the bank again")));
        Map<String, CategoryId> providerCategories = new HashMap<>();
        for (TransactionCategory category : categories.findAll()) {
            if (category.providerRef() != null && category.providerRef().provider() == connection.provider()) {
                providerCategories.put(category.providerRef().externalId(), category.id());
            }
        }
        return new SyncPlan(run.id(), account.id(), account.company(), connection.provider(), account.providerAccount(),
                connection.externalItemId(), account.syncStartDate(), account.incrementalSince(), run.resumePoint(),
                providerCategories);
    }

    /** The connection's state as the aggregator reported it at the start of a run. */
    public void recordConnectionState(SyncPlan plan, ItemSnapshot item) {
        connections.findById(plan.providerAccount().connectionId()).ifPresent(connection -> {
            connection.updateState(item.state(), item.stateDetail(), item.consentExpiresAt(), item.lastRefreshAt());
            connections.save(connection);
        });
    }

    /**
     * Stores one page: every row decided against what is stored (by account, source and external
     * id), new rows inserted and changed ones updated in batches, and the run's progress and resume
     * point, all in this one transaction. Answers the page's counts.
     */
    public SyncProgress storePage(SyncPlan plan, FeedPage page) {
        Map<ExternalRef, BankTransaction> known = new HashMap<>(store.findByKeys(plan.bankAccountId(), plan.source(),
                page.rows().stream().map(SourceTransaction::externalId).distinct().toList()));
        Map<ExternalRef, BankTransaction> created = new LinkedHashMap<>();
        Map<ExternalRef, BankTransaction> changed = new LinkedHashMap<>();
        int creates = 0;
        int updates = 0;
        int deletes = 0;
        int unchanged = 0;
        for (SourceTransaction row : page.rows()) {
            CategoryId providerCategory = row.providerCategoryExternalId() == null ? null
                    : plan.categories().get(row.providerCategoryExternalId());
            TransactionUpsertDecision decision = TransactionUpsertDecision.decide(plan.bankAccountId(),
                    known.get(row.externalId()), row, providerCategory);
            switch (decision.action()) {
                case CREATE -> creates++;
                case UPDATE -> updates++;
                case DELETE -> deletes++;
                case UNCHANGED -> unchanged++;
            }
            decision.apply(clock).ifPresent(transaction -> {
                known.put(row.externalId(), transaction);
                if (created.containsKey(row.externalId()) || decision.action() == TransactionUpsertDecision.Action.CREATE) {
                    created.put(row.externalId(), transaction);
                } else {
                    changed.put(row.externalId(), transaction);
                }
            });
        }
        store.store(new ArrayList<>(created.values()), new ArrayList<>(changed.values()));
        SyncProgress delta = SyncProgress.page(creates, updates, deletes, unchanged);
        SyncRun run = load(plan.runId());
        run.recordPage(delta, page.nextResumePoint());
        runs.save(run);
        return delta;
    }

    /** The stored resume point is no longer valid: the next read starts from the first page. */
    public void restartFromBeginning(SyncRunId id) {
        SyncRun run = load(id);
        run.recordPage(SyncProgress.NONE, null);
        runs.save(run);
    }

    /** Every page is stored: the run succeeds and the account's watermark moves to its newest row. */
    public SyncRun complete(SyncPlan plan) {
        SyncRun run = load(plan.runId());
        run.succeed(clock);
        runs.save(run);
        BankAccount account = accounts.findById(plan.bankAccountId())
                .orElseThrow(() -> new NotFound("bank account", plan.bankAccountId()));
        account.recordCompletedSync(clock.instant(), store.maxSourceUpdatedAt(account.id(), plan.source()).orElse(null));
        accounts.save(account);
        return run;
    }

    /** The run stops with an error that says what to do; what earlier pages stored stays. */
    public SyncRun fail(SyncRunId id, SyncError error) {
        SyncRun run = load(id);
        if (run.state() == SyncRunState.QUEUED) {
            run.start(clock);
        }
        run.fail(error, clock);
        runs.save(run);
        return run;
    }

    private SyncRun load(SyncRunId id) {
        return runs.findById(id).orElseThrow(() -> new NotFound("sync run", id));
    }
}
