package org.banksync.sandbox.bridge.world;

import java.time.Instant;
import java.time.LocalDate;
import org.banksync.sandbox.bridge.data.Schedule;
import org.banksync.sandbox.bridge.data.Transaction;

/**
 * The filters of GET /transactions. Bounds: since exclusive, until inclusive (on updated_at);
 * min_date and max_date inclusive (on date). Deleted rows show only when since is given.
 */
public record TransactionFilter(Instant since, Instant until, LocalDate minDate, LocalDate maxDate) {

    public static final TransactionFilter NONE = new TransactionFilter(null, null, null, null);

    /** Every row, deleted ones included: the ground truth. */
    public static final TransactionFilter EVERY_ROW = new TransactionFilter(Instant.MIN, null, null, null);

    public boolean includesDeleted() {
        return since != null;
    }

    public boolean matches(Transaction row) {
        return (!row.deleted() || includesDeleted())
                && (since == null || row.updatedAt().isAfter(since))
                && (until == null || !row.updatedAt().isAfter(until))
                && (minDate == null || !row.date().isBefore(minDate))
                && (maxDate == null || !row.date().isAfter(maxDate));
    }

    /** The generated rows [from, to) that pass, found by binary search (dates and updated_at only grow). */
    int[] generatedRange(Schedule schedule) {
        int from = 0;
        int to = schedule.count();
        if (since != null) {
            from = Math.max(from, schedule.firstIndex(i -> schedule.updatedAt(i).isAfter(since)));
        }
        if (until != null) {
            to = Math.min(to, schedule.firstIndex(i -> schedule.updatedAt(i).isAfter(until)));
        }
        if (minDate != null) {
            from = Math.max(from, schedule.firstIndex(i -> !schedule.date(i).isBefore(minDate)));
        }
        if (maxDate != null) {
            to = Math.min(to, schedule.firstIndex(i -> schedule.date(i).isAfter(maxDate)));
        }
        return new int[] {from, to};
    }
}
