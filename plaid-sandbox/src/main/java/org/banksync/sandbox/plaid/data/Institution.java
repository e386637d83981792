package org.banksync.sandbox.plaid.data;

import java.util.List;

/**
 * A bank the hosted Link page offers. consentDays is set for EU/UK (OAuth) banks, whose Items get a
 * consent_expiration_time; down makes every connection attempt fail with INSTITUTION_DOWN.
 */
public record Institution(String institutionId, String name, List<String> countryCodes, boolean oauth, boolean down,
                          Integer consentDays, List<AccountTemplate> accounts, Codes codes) {

    /** Every Link country, for the test banks shown whatever the link token's country_codes. */
    public static final List<String> ALL_COUNTRIES = List.of("US", "GB", "ES", "NL", "FR", "IE", "CA", "DE", "IT",
            "PL", "DK", "NO", "SE", "EE", "LT", "LV", "PT", "BE", "AT", "FI");

    /** One account an Item at this bank gets; rowShare scales transactionsPerAccount (savings see fewer rows). */
    public record AccountTemplate(String name, String officialName, String subtype, String currency, double rowShare) {
    }

    /** The bank's codes for account numbers: French bank/branch, British bank code and sort code prefix, BIC, ABA prefix. */
    public record Codes(String frenchBank, String frenchBranch, String bic, String britishBank, String sortCodePrefix,
                        String abaPrefix) {
    }

    public boolean servesAny(List<String> countries) {
        return countries.stream().anyMatch(countryCodes::contains);
    }

    public boolean hasConsentExpiry() {
        return consentDays != null;
    }
}
