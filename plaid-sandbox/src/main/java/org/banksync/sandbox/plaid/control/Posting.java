package org.banksync.sandbox.plaid.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a pending row posts: the posted amount, date (default the sandbox's today) and name (default
 * unchanged); splitPages puts the removed and the added change on different sync pages; addedFirst
 * logs the added change before the removed one; drop removes the pending row without a posted one.
 */
public record Posting(BigDecimal amount, LocalDate date, String name, Boolean splitPages, Boolean addedFirst,
                      Boolean drop) {

    public static final Posting AS_IS = new Posting(null, null, null, null, null, null);

    public static Posting withAmount(String value) {
        return new Posting(new BigDecimal(value), null, null, null, null, null);
    }

    public static Posting split() {
        return new Posting(null, null, null, true, null, null);
    }

    public static Posting dropped() {
        return new Posting(null, null, null, null, null, true);
    }

    public Posting splitAcrossPages() {
        return new Posting(amount, date, name, true, addedFirst, drop);
    }

    public Posting addedBeforeRemoved() {
        return new Posting(amount, date, name, splitPages, true, drop);
    }
}
