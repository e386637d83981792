package org.banksync.domain.shared;

import java.util.Locale;

/** A Business Identifier Code (ISO 9362): institution, country, location and optional branch; 8 or 11 characters. */
public record Bic(String value) {

    public Bic {
        if (value == null || value.isBlank()) {
            throw new DomainViolation("bic", "bic is required");
        }
        value = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new DomainViolation("bic", "BIC " + value
                    + " is not 8 or 11 characters shaped as institution (4), country (2 letters), location (2), branch (3, optional)");
        }
    }

    public static Bic of(String value) {
        return new Bic(value);
    }

    public String countryCode() {
        return value.substring(4, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
