package org.banksync.domain.shared;

/** Small guards that turn a missing or oversized input into a {@link DomainViolation} naming its field. */
public final class Require {

    private Require() {
    }

    /** Refuses null. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainViolation(field, field + " is required");
        }
        return value;
    }

    /** Refuses null, blank, or longer than {@code maxLength}; returns the text stripped of outer spaces. */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainViolation(field, field + " is required");
        }
        return optionalText(value, field, maxLength);
    }

    /** Blank becomes null; otherwise stripped of outer spaces and refused when longer than {@code maxLength}. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainViolation(field, field + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    /** Refuses a negative count. */
    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new DomainViolation(field, field + " must not be negative, was " + value);
        }
        return value;
    }
}
