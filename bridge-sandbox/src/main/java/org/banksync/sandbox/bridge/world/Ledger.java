package org.banksync.sandbox.bridge.world;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.banksync.sandbox.bridge.data.Ids;
import org.banksync.sandbox.bridge.data.RowGenerator;
import org.banksync.sandbox.bridge.data.Transaction;

/**
 * One account's transactions: rows 0..n-1 generated on demand, plus an in-memory map of the rows tests
 * changed or added (added rows get indexes from n upwards). Rows are ordered by index, which is also
 * id order, so a cursor on the last id served is stable.
 */
public final class Ledger {

    private final RowGenerator generator;
    private final long accountSeq;
    private final NavigableMap<Integer, Transaction> changes = new ConcurrentSkipListMap<>();
    private final AtomicInteger size;

    Ledger(RowGenerator generator) {
        this.generator = generator;
        this.accountSeq = generator.account().accountSeq();
        this.size = new AtomicInteger(generator.schedule().count());
    }

    public int size() {
        return size.get();
    }

    public Optional<Transaction> row(int index) {
        if (index < 0 || index >= size.get()) {
            return Optional.empty();
        }
        Transaction changed = changes.get(index);
        return Optional.of(changed != null ? changed : generator.row(index));
    }

    /** Appends a row built from its new id. */
    public Transaction append(LongFunction<Transaction> build) {
        synchronized (changes) {
            int index = size.get();
            Transaction row = build.apply(Ids.transaction(accountSeq, index));
            changes.put(index, row);
            size.incrementAndGet();
            return row;
        }
    }

    public Optional<Transaction> update(int index, UnaryOperator<Transaction> change) {
        synchronized (changes) {
            return row(index).map(current -> {
                Transaction updated = change.apply(current);
                changes.put(index, updated);
                return updated;
            });
        }
    }

    /** The rows from index `from` on that pass the filter, in index order, generated lazily. */
    public Iterator<Transaction> scan(TransactionFilter filter, int from) {
        int[] range = filter.generatedRange(generator.schedule());
        Iterator<Map.Entry<Integer, Transaction>> changed = changes.tailMap(from, true).entrySet().iterator();
        return new Merge(filter, Math.max(from, range[0]), range[1], changed);
    }

    /** Generated rows of a range (skipping changed ones) merged with the changed rows that pass. */
    private final class Merge implements Iterator<Transaction> {
        private final TransactionFilter filter;
        private final Iterator<Map.Entry<Integer, Transaction>> changed;
        private final int end;
        private int nextGenerated;
        private Map.Entry<Integer, Transaction> nextChanged;

        Merge(TransactionFilter filter, int start, int end, Iterator<Map.Entry<Integer, Transaction>> changed) {
            this.filter = filter;
            this.end = end;
            this.changed = changed;
            this.nextGenerated = start;
            advanceGenerated();
            advanceChanged();
        }

        @Override
        public boolean hasNext() {
            return nextGenerated < end || nextChanged != null;
        }

        @Override
        public Transaction next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (nextChanged != null && (nextGenerated >= end || nextChanged.getKey() < nextGenerated)) {
                Transaction row = nextChanged.getValue();
                advanceChanged();
                return row;
            }
            Transaction row = generator.row(nextGenerated++);
            advanceGenerated();
            return row;
        }

        private void advanceGenerated() {
            while (nextGenerated < end && changes.containsKey(nextGenerated)) {
                nextGenerated++;
            }
        }

        private void advanceChanged() {
            nextChanged = null;
            while (changed.hasNext()) {
                Map.Entry<Integer, Transaction> candidate = changed.next();
                if (filter.matches(candidate.getValue())) {
                    nextChanged = candidate;
                    return;
                }
            }
        }
    }
}
