package org.banksync.sandbox.bridge.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.IntPredicate;

/**
 * Where generated row i of an account falls in time. Dates and updated_at never decrease with i, so a
 * date or updated_at bound maps to an index range found by binary search, without generating rows.
 * The last futureCount rows are dated after today.
 */
public final class Schedule {

    private final long seed;
    private final long accountSeq;
    private final int count;
    private final int futureCount;
    private final LocalDate start;
    private final LocalDate today;
    private final long days;
    private final Instant fetchedAt;

    public Schedule(long seed, long accountSeq, int count, int futureCount, LocalDate start, LocalDate today,
                    Instant fetchedAt) {
        this.seed = seed;
        this.accountSeq = accountSeq;
        this.count = count;
        this.futureCount = Math.min(futureCount, count);
        this.start = start;
        this.today = today;
        this.days = ChronoUnit.DAYS.between(start, today) + 1;
        this.fetchedAt = fetchedAt;
    }

    public int count() {
        return count;
    }

    public boolean isFuture(int i) {
        return i >= count - futureCount;
    }

    public LocalDate date(int i) {
        int regular = count - futureCount;
        if (i >= regular) {
            return today.plusDays(2 + 3L * (i - regular));
        }
        double position = (i + Mix.unit(seed, accountSeq, i, 0xDA7E)) * days / regular;
        return start.plusDays(Math.min(days - 1, (long) position));
    }

    /** Rows were all fetched at the connection, one millisecond apart, the last one at fetchedAt. */
    public Instant updatedAt(int i) {
        return fetchedAt.minusMillis(count - (long) i);
    }

    /** The first index in [0, count) where a condition that turns true and stays true holds; count if never. */
    public int firstIndex(IntPredicate monotone) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (monotone.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
