package org.banksync.domain.shared;

import java.time.LocalDate;

/** A closed range of calendar days, both ends included. */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        Require.present(from, "from");
        Require.present(to, "to");
        if (to.isBefore(from)) {
            throw new DomainViolation("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    public static DateWindow between(LocalDate from, LocalDate to) {
        return new DateWindow(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
