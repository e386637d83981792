package org.banksync.application.testing;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.out.SyncRunQueue;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.application.sync.port.out.TransactionStore;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** In-memory stand-ins for the sync feature's stores; transactions are kept in the shared in-memory repository. */
public final class InMemorySyncPorts {

    public final Runs runs = new Runs();
    public final Store store;

    public InMemorySyncPorts(InMemoryTransactionRepository transactions) {
        this.store = new Store(transactions);
    }

    /** Runs by id, with the one-active-run-per-account rule and a lease per run. */
    public static final class Runs implements SyncRunRepository, SyncRunQueue {
        final Map<SyncRunId, SyncRun> rows = new LinkedHashMap<>();
        final Map<SyncRunId, String> owners = new HashMap<>();
        final Map<SyncRunId, Instant> leases = new HashMap<>();

        @Override
        public Optional<SyncRun> findById(SyncRunId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<SyncRun> findActive(BankAccountId bankAccountId) {
            return rows.values().stream().filter(run -> run.bankAccountId().equals(bankAccountId) && run.isActive()).findFirst();
        }

        @Override
        public synchronized SyncRun enqueue(SyncRun run) {
            if (run.state() != SyncRunState.QUEUED) {
                throw new IllegalArgumentException("only a new, queued run can be enqueued; " + run + " is not");
            }
            Optional<SyncRun> active = findActive(run.bankAccountId());
            if (active.isPresent()) {
                return active.get();
            }
            rows.put(run.id(), run);
            return run;
        }

        @Override
        public void save(SyncRun run) {
            rows.put(run.id(), run);
        }

        @Override
        public Page<SyncRun> findPage(BankAccountId bankAccountId, SyncRunState state, PageRequest page) {
            List<SyncRun> selected = rows.values().stream()
                    .filter(run -> bankAccountId == null || run.bankAccountId().equals(bankAccountId))
                    .filter(run -> state == null || run.state() == state)
                    .toList();
            // newest first: queued at descending, then id descending, as PostgreSQL orders them
            Function<SyncRun, String> newestFirst = run -> InMemoryPages.descending(String.format("%016x%08x",
                    run.queuedAt().getEpochSecond(), run.queuedAt().getNano()))
                    + InMemoryPages.descending(run.id().toString());
            return InMemoryPages.page(selected, newestFirst, page, "sync-runs-newest-first");
        }

        @Override
        public synchronized Optional<SyncRunId> claimNext(String owner, Duration lease, Instant now) {
            // a run nobody holds a live lease on: a queued run just claimed is held until its worker starts it
            Optional<SyncRun> next = rows.values().stream()
                    .filter(run -> run.isActive() && leases.getOrDefault(run.id(), Instant.MIN).isBefore(now))
                    .min(Comparator.comparing(SyncRun::queuedAt).thenComparing(run -> run.id().toString()));
            next.ifPresent(run -> {
                owners.put(run.id(), owner);
                leases.put(run.id(), now.plus(lease));
            });
            return next.map(SyncRun::id);
        }

        @Override
        public synchronized boolean renewLease(SyncRunId run, String owner, Duration lease, Instant now) {
            if (!Objects.equals(owners.get(run), owner) || !rows.get(run).isActive()) {
                return false;
            }
            leases.put(run, now.plus(lease));
            return true;
        }
    }

    /** Page storage over the in-memory transaction repository. */
    public static final class Store implements TransactionStore {
        private final InMemoryTransactionRepository transactions;
        public int storeCalls;

        Store(InMemoryTransactionRepository transactions) {
            this.transactions = transactions;
        }

        @Override
        public Map<ExternalRef, BankTransaction> findByKeys(BankAccountId bankAccountId, TransactionSource source,
                                                            Collection<ExternalRef> externalIds) {
            Map<ExternalRef, BankTransaction> found = new HashMap<>();
            externalIds.forEach(id -> transactions.findByKey(bankAccountId, source, id).ifPresent(t -> found.put(id, t)));
            return found;
        }

        @Override
        public void store(List<BankTransaction> created, List<BankTransaction> changed) {
            for (BankTransaction transaction : created) {
                if (transactions.findByKey(transaction.bankAccountId(), transaction.source(), transaction.externalId()).isPresent()) {
                    throw new IllegalStateException("transaction " + transaction + " is already stored under its key");
                }
            }
            for (BankTransaction transaction : changed) {
                if (transactions.findById(transaction.id()).isEmpty()) {
                    throw new IllegalStateException("transaction " + transaction + " is not stored, so it cannot be updated");
                }
            }
            storeCalls++;
            created.forEach(transactions::save);
            changed.forEach(transactions::save);
        }

        @Override
        public Optional<Instant> maxSourceUpdatedAt(BankAccountId bankAccountId, TransactionSource source) {
            return transactions.all().stream()
                    .filter(t -> t.bankAccountId().equals(bankAccountId) && t.source() == source && t.sourceUpdatedAt() != null)
                    .map(BankTransaction::sourceUpdatedAt).max(Comparator.naturalOrder());
        }
    }
}
