package org.banksync.domain.shared;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** An official ISO 4217 currency code such as EUR; crypto and other unofficial codes are refused. */
public record CurrencyCode(String code) {

    /** ISO codes that name no money a bank account can hold (declared first: EUR's construction reads it). */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");

    public static final CurrencyCode EUR = new CurrencyCode("EUR");

    public CurrencyCode {
        if (code == null || code.isBlank()) {
            throw new DomainViolation("currency", "currency is required");
        }
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new DomainViolation("currency", "currency '" + code + "' is not a three-letter ISO 4217 code");
        }
        if (!isIso4217(code) || NOT_MONEY.contains(code)) {
            throw new DomainViolation("currency", "currency " + code
                    + " is not an official ISO 4217 currency (crypto-currencies and other unofficial codes are not supported)");
        }
    }

    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    /** The currency's usual number of decimals (2 for EUR, 0 for JPY); 0 when ISO defines none. */
    public int fractionDigits() {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return code;
    }

    private static boolean isIso4217(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
