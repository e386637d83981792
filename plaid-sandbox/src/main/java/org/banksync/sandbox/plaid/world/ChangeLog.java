package org.banksync.sandbox.plaid.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.banksync.sandbox.plaid.data.Transaction;

/**
 * An Item's append-only change log: every add, modification and removal of a transaction gets the next
 * sequence number (from 1). The live transactions are what the log adds up to. A sync reads the changes
 * between two positions, either raw (every entry, with the transaction as it was then) or netted (one
 * change per transaction, judged between the two positions: added, modified or removed, with the
 * transaction as it was at the later one; added-then-removed shows nothing). Thread-safe.
 */
public final class ChangeLog {

    private record Entry(long seq, Change.Kind kind, Transaction snapshot, boolean breakBefore) {
    }

    private static final class History {
        private final long addSeq;
        private long removeSeq = Long.MAX_VALUE;
        private final List<Entry> versions = new ArrayList<>();

        private History(long addSeq) {
            this.addSeq = addSeq;
        }

        boolean liveAt(long seq) {
            return addSeq <= seq && removeSeq > seq;
        }

        boolean live() {
            return removeSeq == Long.MAX_VALUE;
        }

        Transaction current() {
            return versions.get(versions.size() - 1).snapshot();
        }

        Transaction at(long seq) {
            for (int i = versions.size() - 1; i >= 0; i--) {
                if (versions.get(i).seq() <= seq) {
                    return versions.get(i).snapshot();
                }
            }
            throw new IllegalStateException("no version at " + seq);
        }
    }

    private record Window(long start, long head, String filter, boolean netted) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, History> byId = new LinkedHashMap<>();
    private final Map<Window, List<Change>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Window, List<Change>> eldest) {
            return size() > 16;
        }
    };

    /** The last sequence number (0 while empty). */
    public synchronized long head() {
        return entries.size();
    }

    public synchronized void add(Transaction transaction, boolean breakBefore) {
        if (byId.containsKey(transaction.transactionId())) {
            throw new IllegalStateException("transaction id used twice: " + transaction.transactionId());
        }
        Entry entry = append(Change.Kind.ADDED, transaction, breakBefore);
        History history = new History(entry.seq());
        history.versions.add(entry);
        byId.put(transaction.transactionId(), history);
    }

    /** Replaces a live transaction with the changed one; empty when the id is unknown or removed. */
    public synchronized Optional<Transaction> modify(String transactionId, UnaryOperator<Transaction> change) {
        History history = byId.get(transactionId);
        if (history == null || !history.live()) {
            return Optional.empty();
        }
        Transaction changed = change.apply(history.current());
        history.versions.add(append(Change.Kind.MODIFIED, changed, false));
        return Optional.of(changed);
    }

    /** Removes a live transaction; empty when the id is unknown or already removed. */
    public synchronized Optional<Transaction> remove(String transactionId) {
        History history = byId.get(transactionId);
        if (history == null || !history.live()) {
            return Optional.empty();
        }
        Transaction last = history.current();
        history.removeSeq = append(Change.Kind.REMOVED, last, false).seq();
        return Optional.of(last);
    }

    /**
     * Posts a pending row: removed(pending) and added(posted) as two consecutive entries, removed first
     * unless addedFirst; with split the second one starts a new page.
     */
    public synchronized void post(String pendingId, Transaction posted, boolean split, boolean addedFirst) {
        if (addedFirst) {
            add(posted, false);
            remove(pendingId).orElseThrow();
            entries.set(entries.size() - 1, withBreak(entries.get(entries.size() - 1), split));
        } else {
            remove(pendingId).orElseThrow();
            add(posted, split);
        }
    }

    private static Entry withBreak(Entry entry, boolean breakBefore) {
        return new Entry(entry.seq(), entry.kind(), entry.snapshot(), breakBefore);
    }

    public synchronized Optional<Transaction> live(String transactionId) {
        History history = byId.get(transactionId);
        return history != null && history.live() ? Optional.of(history.current()) : Optional.empty();
    }

    /** Whether the id was ever in this log (live or removed). */
    public synchronized boolean knows(String transactionId) {
        return byId.containsKey(transactionId);
    }

    /** The live transactions, in the order they were added. */
    public synchronized List<Transaction> live() {
        return byId.values().stream().filter(History::live).map(History::current).toList();
    }

    /** Whether changes visible to the stream (null filter: every account) were appended after head. */
    public synchronized boolean grewAfter(long head, String accountFilter) {
        for (long seq = head + 1; seq <= entries.size(); seq++) {
            if (visible(entries.get((int) seq - 1), accountFilter)) {
                return true;
            }
        }
        return false;
    }

    /** The changes a sync reports for the log between start (exclusive) and head (inclusive), oldest first. */
    public synchronized List<Change> changes(long start, long head, String accountFilter, boolean netted) {
        Window window = new Window(start, head, accountFilter, netted);
        List<Change> cached = cache.get(window);
        if (cached != null) {
            return cached;
        }
        List<Change> changes = netted ? netted(start, head, accountFilter) : raw(start, head, accountFilter);
        cache.put(window, changes);
        return changes;
    }

    private List<Change> raw(long start, long head, String accountFilter) {
        List<Change> changes = new ArrayList<>();
        for (long seq = start + 1; seq <= head; seq++) {
            Entry entry = entries.get((int) seq - 1);
            if (visible(entry, accountFilter)) {
                changes.add(change(entry.seq(), entry.kind(), entry.snapshot(), entry.breakBefore()));
            }
        }
        return List.copyOf(changes);
    }

    private List<Change> netted(long start, long head, String accountFilter) {
        Map<String, Entry> last = new LinkedHashMap<>();
        for (long seq = start + 1; seq <= head; seq++) {
            Entry entry = entries.get((int) seq - 1);
            if (visible(entry, accountFilter)) {
                String id = entry.snapshot().transactionId();
                last.remove(id);
                last.put(id, entry);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Entry entry : last.values()) {
            History history = byId.get(entry.snapshot().transactionId());
            boolean before = history.liveAt(start);
            boolean after = history.liveAt(head);
            if (before && after) {
                changes.add(change(entry.seq(), Change.Kind.MODIFIED, history.at(head), entry.breakBefore()));
            } else if (before) {
                changes.add(change(entry.seq(), Change.Kind.REMOVED, entry.snapshot(), entry.breakBefore()));
            } else if (after) {
                changes.add(change(entry.seq(), Change.Kind.ADDED, history.at(head), entry.breakBefore()));
            }
        }
        return List.copyOf(changes);
    }

    private Entry append(Change.Kind kind, Transaction snapshot, boolean breakBefore) {
        Entry entry = new Entry(entries.size() + 1L, kind, snapshot, breakBefore);
        entries.add(entry);
        return entry;
    }

    private static boolean visible(Entry entry, String accountFilter) {
        return accountFilter == null || accountFilter.equals(entry.snapshot().accountId());
    }

    private static Change change(long seq, Change.Kind kind, Transaction snapshot, boolean breakBefore) {
        return new Change(seq, kind, snapshot.transactionId(), snapshot.accountId(),
                kind == Change.Kind.REMOVED ? null : snapshot, breakBefore);
    }
}
