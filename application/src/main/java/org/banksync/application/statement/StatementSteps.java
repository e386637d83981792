package org.banksync.application.statement;

import jakarta.inject.Inject;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.UseCase;
import org.banksync.application.statement.StatementFiles.ReadStatement;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.application.sync.port.out.TransactionStore;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;
import org.banksync.domain.transaction.TransactionUpsertDecision;
import org.banksync.domain.transaction.TransactionUpsertDecision.Action;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactional steps of an import: the whole file stored in one unit of work (so a failure
 * anywhere leaves nothing), a refused file recorded as a FAILED run, and the dry run of a preview.
 * Rows are decided by the same upsert rules as an aggregator's pages.
 */
@UseCase
public class StatementSteps {

    static final int BATCH = 500;

    private SyncRunRepository runs;
    private TransactionStore store;
    private CsvLayoutRepository layouts;
    private Clock clock;

    protected StatementSteps() {
    }

    @Inject
    public StatementSteps(SyncRunRepository runs, TransactionStore store, CsvLayoutRepository layouts, Clock clock) {
        this.runs = runs;
        this.store = store;
        this.layouts = layouts;
        this.clock = clock;
    }

    /** Stores every row of the statement and a SUCCEEDED run with its counts; saves the CSV layout it was read with. */
    public SyncRun ingest(ReadStatement read) {
        SyncRun run = SyncRun.queue(read.account().id(), SyncTrigger.IMPORT, null, clock);
        SyncRun active = runs.enqueue(run);
        if (!active.id().equals(run.id())) {
            throw new Conflict("a synchronisation of this bank account is under way (run " + active.id()
                    + "); import the file when it has ended");
        }
        run.start(clock);
        List<SourceTransaction> rows = read.statement().rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            run.recordPage(storeBatch(read.account().id(), read.format(), rows.subList(from, Math.min(rows.size(), from + BATCH))), null);
        }
        run.succeed(clock);
        runs.save(run);
        if (read.layout() != null) {
            layouts.save(read.account().id(), read.layout());
        }
        return run;
    }

    /** Records a file that cannot be imported as a FAILED run with INVALID_FILE. */
    public SyncRun refuse(BankAccountId account, UnreadableStatement refusal) {
        SyncRun run = SyncRun.queue(account, SyncTrigger.IMPORT, null, clock);
        run.start(clock);
        run.fail(new SyncOutcome.InvalidFile(refusal.place(), refusal.detail()).error().orElseThrow(), clock);
        runs.save(run);
        return run;
    }

    /** How many rows an import would create, update and find unchanged: reads only. */
    public Map<Action, Integer> classify(BankAccountId account, TransactionSource format, List<SourceTransaction> rows) {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            counts.put(action, 0);
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            decide(account, format, rows.subList(from, Math.min(rows.size(), from + BATCH)),
                    (row, decision) -> {
                        counts.merge(decision.action(), 1, Integer::sum);
                        return decision.apply(clock).orElse(null);
                    });
        }
        return counts;
    }

    private SyncProgress storeBatch(BankAccountId account, TransactionSource format, List<SourceTransaction> rows) {
        Map<ExternalRef, BankTransaction> created = new LinkedHashMap<>();
        Map<ExternalRef, BankTransaction> changed = new LinkedHashMap<>();
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        decide(account, format, rows, (row, decision) -> {
            counts.merge(decision.action(), 1, Integer::sum);
            BankTransaction after = decision.apply(clock).orElse(null);
            if (after != null && (created.containsKey(row.externalId()) || decision.action() == Action.CREATE)) {
                created.put(row.externalId(), after);
            } else if (after != null) {
                changed.put(row.externalId(), after);
            }
            return after;
        });
        store.store(new ArrayList<>(created.values()), new ArrayList<>(changed.values()));
        return SyncProgress.page(counts.getOrDefault(Action.CREATE, 0), counts.getOrDefault(Action.UPDATE, 0),
                counts.getOrDefault(Action.DELETE, 0), counts.getOrDefault(Action.UNCHANGED, 0));
    }

    /** Decides each row against what is stored, and against the rows before it in the same batch. */
    private void decide(BankAccountId account, TransactionSource format, List<SourceTransaction> rows, RowDecided decided) {
        Map<ExternalRef, BankTransaction> known = new HashMap<>(store.findByKeys(account, format,
                rows.stream().map(SourceTransaction::externalId).distinct().toList()));
        for (SourceTransaction row : rows) {
            TransactionUpsertDecision decision = TransactionUpsertDecision.decide(account, known.get(row.externalId()), row, null);
            BankTransaction after = decided.accept(row, decision);
            if (after != null) {
                known.put(row.externalId(), after);
            }
        }
    }

    @FunctionalInterface
    private interface RowDecided {
        /** Answers the row as it stands after the decision, or null when nothing changes. */
        BankTransaction accept(SourceTransaction row, TransactionUpsertDecision decision);
    }
}
