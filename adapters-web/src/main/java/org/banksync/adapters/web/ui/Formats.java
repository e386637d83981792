package org.banksync.adapters.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.banksync.domain.shared.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts as the user's language writes them, with their currency, exactly: never fewer decimals than the
 * bank gave (a per-row currency cannot go through f:convertNumber, whose attributes are fixed when the view
 * is built). Dates go through f:convertDateTime in the pages.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return format(amount, currency, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency().code());
    }

    /** Exact: as many decimals as the amount carries, at least as many as the currency uses. */
    static String format(BigDecimal amount, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}
