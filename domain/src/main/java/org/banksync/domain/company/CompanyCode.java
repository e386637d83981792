package org.banksync.domain.company;

import java.util.Locale;
import org.banksync.domain.shared.DomainViolation;

/** A company's short unique code such as ACME: upper-case letters, digits, '_' and '-', 1 to 20 characters. */
public record CompanyCode(String value) {

    /** The company every bank account belongs to unless another is named. */
    public static final CompanyCode DEFAULT = new CompanyCode("DEFAULT");

    public static final int MAX_LENGTH = 20;

    public CompanyCode {
        if (value == null || value.isBlank()) {
            throw new DomainViolation("company", "company is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z0-9_-]{1," + MAX_LENGTH + "}")) {
            throw new DomainViolation("company", "company code '" + value
                    + "' must be 1 to " + MAX_LENGTH + " letters, digits, '_' or '-'");
        }
    }

    public static CompanyCode of(String value) {
        return new CompanyCode(value);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    @Override
    public String toString() {
        return value;
    }
}
