package org.banksync.domain.shared;

import java.math.BigDecimal;

/**
 * A signed amount in a currency, kept exactly as the source gave it (no rescaling: -194 and -194.00
 * are different records); negative is money out.
 */
public record Money(BigDecimal amount, CurrencyCode currency) {

    public Money {
        Require.present(amount, "amount");
        Require.present(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(Require.present(amount, "amount").strip()), CurrencyCode.of(currency));
        } catch (NumberFormatException notANumber) {
            throw new DomainViolation("amount", "amount '" + amount + "' is not a decimal number");
        }
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Same currency and numerically equal, whatever the scale of each side. */
    public boolean sameValueAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new DomainViolation("currency", "cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount with at least the currency's decimals (-194 EUR reads -194.00), never fewer than the source gave. */
    public BigDecimal amountAtCurrencyScale() {
        int scale = Math.max(amount.scale(), currency.fractionDigits());
        return amount.setScale(scale);
    }

    @Override
    public String toString() {
        return amountAtCurrencyScale().toPlainString() + " " + currency;
    }
}
