package org.banksync.adapters.plaid.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.category.PfcTaxonomy;
import org.banksync.adapters.plaid.client.PlaidTransaction;
import org.banksync.adapters.plaid.client.SyncPage;
import org.banksync.adapters.plaid.state.PlaidState;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.SourceTransaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one complete update into the rows Banksync stores, keeping a transaction's identity when it
 * posts. A posted row carrying {@code pending_transaction_id = P} is stored under P, so the pending
 * row turns BOOKED in place (its Banksync id and its user's category stay), and the posted id is
 * remembered as an alias of P; the removal of P that Plaid sends with the posting, on any page of the
 * update (or later), is then no deletion. Later changes go to {@code pending_transaction_id ?? alias
 * ?? transaction_id}, a removal to {@code alias ?? transaction_id}. One row per key leaves: the last
 * version read, a posted version over a pending one, a deletion over both.
 */
@ApplicationScoped
public class UpdateTranslator {

    private PlaidState state;
    private PfcTaxonomy taxonomy;

    protected UpdateTranslator() {
    }

    @Inject
    public UpdateTranslator(PlaidState state) {
        this(state, PfcTaxonomy.vendored());
    }

    UpdateTranslator(PlaidState state, PfcTaxonomy taxonomy) {
        this.state = state;
        this.taxonomy = taxonomy;
    }

    /** The update's rows for the account known to Banksync as {@code accountKey}, none dated before {@code minDate}. */
    Rows translate(String accountKey, Update update, LocalDate minDate) {
        List<PlaidTransaction> live = new ArrayList<>();
        Set<String> modified = new HashSet<>();
        List<String> removedIds = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (SyncPage page : update.pages()) {
            live.addAll(page.added());
            live.addAll(page.modified());
            page.modified().forEach(row -> modified.add(row.transactionId()));
            removedIds.addAll(page.removed());
            rejected.addAll(page.rejected());
        }
        Map<String, String> postings = new HashMap<>();
        for (PlaidTransaction row : live) {
            if (takesOver(row)) {
                postings.put(row.transactionId(), row.pendingTransactionId());
            }
        }
        Map<String, SourceTransaction> rows = new LinkedHashMap<>();
        Set<String> posted = new HashSet<>();
        for (PlaidTransaction row : live) {
            String key = keyOf(accountKey, row, postings, modified.contains(row.transactionId()));
            if (row.pending() && (posted.contains(key)
                    || (modified.contains(row.transactionId()) && state.replaced(accountKey, row.transactionId())))) {
                continue;
            }
            try {
                SourceTransaction translated = TransactionRows.translate(row, key, taxonomy);
                if (minDate != null && translated.effectiveBookingDate().isBefore(minDate)) {
                    continue;
                }
                rows.put(key, translated);
                if (!row.pending()) {
                    posted.add(key);
                }
            } catch (DomainViolation e) {
                rejected.add("transaction " + row.transactionId() + ": " + e.getMessage());
            }
        }
        deletions(accountKey, removedIds, postings, rows);
        postings.forEach((postedId, pendingId) -> state.putPosting(accountKey, postedId, pendingId));
        return new Rows(List.copyOf(rows.values()), rejected);
    }

    /**
     * The removals, each as a deletion of the key its row is stored under (replacing any version of
     * it read in this update), except a pending id some posted row took over, in this update or before.
     */
    private void deletions(String accountKey, List<String> removedIds, Map<String, String> postings,
                           Map<String, SourceTransaction> rows) {
        Set<String> takenOver = new HashSet<>(postings.values());
        for (String id : removedIds) {
            if (takenOver.contains(id) || state.replaced(accountKey, id)) {
                continue;
            }
            String key = postings.containsKey(id) ? postings.get(id) : state.postedAlias(accountKey, id).orElse(id);
            rows.put(key, TransactionRows.deletion(key));
        }
    }

    /**
     * Where a row is stored. Only a modified row can have been posted in an earlier update without
     * saying so again, so only modified rows look for a stored alias (an initial sync reads none).
     */
    private String keyOf(String accountKey, PlaidTransaction row, Map<String, String> postings, boolean modified) {
        if (takesOver(row)) {
            return row.pendingTransactionId();
        }
        String alias = postings.get(row.transactionId());
        if (alias != null) {
            return alias;
        }
        return modified ? state.postedAlias(accountKey, row.transactionId()).orElse(row.transactionId()) : row.transactionId();
    }

    private static boolean takesOver(PlaidTransaction row) {
        return !row.pending() && row.pendingTransactionId() != null && !row.pendingTransactionId().isBlank()
                && !row.pendingTransactionId().equals(row.transactionId());
    }

    /** What an update gives Banksync: the rows to store, and the rows refused with why. */
    record Rows(List<SourceTransaction> rows, List<String> rejected) {
    }
}
