package org.banksync.domain.shared;

/** An identifier given by a foreign system (a provider's transaction id, a file's entry reference), kept verbatim. */
public record ExternalRef(String value) {

    public static final int MAX_LENGTH = 255;

    public ExternalRef {
        if (value == null || value.isBlank()) {
            throw new DomainViolation("externalId", "externalId is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new DomainViolation("externalId", "externalId is longer than " + MAX_LENGTH + " characters");
        }
    }

    public static ExternalRef of(String value) {
        return new ExternalRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
