package org.banksync.domain.shared;

import java.util.Locale;

/**
 * An International Bank Account Number in electronic form (no spaces, upper case), with its
 * country's length and the ISO 13616 mod-97 check verified.
 */
public record Iban(String value) {

    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 34;

    public Iban {
        if (value == null || value.isBlank()) {
            throw new DomainViolation("iban", "iban is required");
        }
        value = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            throw new DomainViolation("iban", "IBAN " + value
                    + " must start with a country code and two check digits, then letters and digits only");
        }
        String country = value.substring(0, 2);
        Integer expected = IbanLengths.of(country);
        if (expected != null && value.length() != expected) {
            throw new DomainViolation("iban", "IBAN " + value + " has " + value.length()
                    + " characters; an IBAN of " + country + " has " + expected);
        }
        if (expected == null && (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH)) {
            throw new DomainViolation("iban", "IBAN " + value + " has " + value.length()
                    + " characters; an IBAN has " + MIN_LENGTH + " to " + MAX_LENGTH);
        }
        if (mod97(value) != 1) {
            throw new DomainViolation("iban", "IBAN " + value + " fails its check digits");
        }
    }

    public static Iban of(String value) {
        return new Iban(value);
    }

    /** The ISO 3166 country code the IBAN starts with. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** The print form: groups of four separated by spaces. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return value;
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int digit = Character.digit(rearranged.charAt(i), 36);
            remainder = digit < 10 ? (remainder * 10 + digit) % 97 : (remainder * 100 + digit) % 97;
        }
        return remainder;
    }
}
