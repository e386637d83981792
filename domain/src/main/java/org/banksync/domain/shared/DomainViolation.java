package org.banksync.domain.shared;

import java.util.Objects;

/** A refused domain rule: names the offending field so a caller can answer 422 pointing at it. */
public final class DomainViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public DomainViolation(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The name of the input field that broke the rule, as the API spells it (e.g. {@code iban}). */
    public String field() {
        return field;
    }
}
