package org.banksync.sandbox.plaid.world;

import java.util.ArrayList;
import java.util.List;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * One page of /transactions/sync: the changes after the cursor, at most count of them (fewer when a
 * change asks for a page break), has_more, and the next cursor.
 */
public record SyncPage(List<Change> changes, boolean hasMore, Cursor next) {

    /**
     * Reads a page of an Item's log. Without a cursor (or with a settled one) a new loop begins: it
     * covers the log from the cursor's position to its current head. A mid-loop cursor continues its loop
     * over the log as it was when the loop began; if changes visible to the stream were appended since,
     * the loop is void: TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION.
     */
    public static SyncPage read(ChangeLog log, String itemId, String accountFilter, Cursor cursor, int count,
                                boolean netted) {
        String filter = accountFilter == null ? "" : accountFilter;
        String logFilter = accountFilter;
        long start;
        long head;
        long position;
        if (cursor == null || !cursor.midLoop()) {
            start = cursor == null ? 0 : cursor.position();
            head = log.head();
            position = start;
        } else {
            if (log.grewAfter(cursor.head(), logFilter)) {
                throw ApiError.mutationDuringPagination();
            }
            start = cursor.start();
            head = cursor.head();
            position = cursor.position();
        }
        List<Change> all = log.changes(start, head, logFilter, netted);
        List<Change> page = new ArrayList<>(Math.min(count, all.size()));
        int index = firstAfter(all, position);
        while (index < all.size() && page.size() < count) {
            Change change = all.get(index);
            if (change.breakBefore() && !page.isEmpty()) {
                break;
            }
            page.add(change);
            index++;
        }
        boolean more = index < all.size();
        Cursor next = more
                ? new Cursor(itemId, filter, page.get(page.size() - 1).seq(), start, head, true)
                : Cursor.settled(itemId, filter, head);
        return new SyncPage(List.copyOf(page), more, next);
    }

    private static int firstAfter(List<Change> changes, long position) {
        int low = 0;
        int high = changes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (changes.get(mid).seq() <= position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
