package org.banksync.application.shared;

import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/**
 * Which page of a list to read: at most {@code limit} items after the opaque {@code cursor} of the previous
 * page (null for the first). Cursors are made by the persistence adapter; the application passes them through.
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final int CURSOR_MAX_LENGTH = 2000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainViolation("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        cursor = Require.optionalText(cursor, "cursor", CURSOR_MAX_LENGTH);
    }

    /** The request as an API call gives it: no limit means the default one. */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    public static PageRequest firstPage() {
        return first(DEFAULT_LIMIT);
    }

    public boolean isFirst() {
        return cursor == null;
    }
}
