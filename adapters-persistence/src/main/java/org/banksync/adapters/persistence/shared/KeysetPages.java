package org.banksync.adapters.persistence.shared;

import org.banksync.application.shared.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns the rows of a keyset query, read with {@code limit + 1} so that one extra row tells whether more
 * follow, into a page and the cursor after its last row; and reads the keys back out of such a cursor.
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    public static <R, T> Page<T> page(List<R> rows, int limit, Function<R, String> cursorAfter, Function<R, T> toDomain) {
        boolean more = rows.size() > limit;
        List<R> served = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorAfter.apply(served.get(served.size() - 1)) : null;
        return new Page<>(served.stream().map(toDomain).toList(), next);
    }

    public static UUID uuidKey(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw KeysetCursor.invalid();
        }
    }

    public static LocalDate dateKey(String key) {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            throw KeysetCursor.invalid();
        }
    }

    public static Instant instantKey(String key) {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw KeysetCursor.invalid();
        }
    }
}
