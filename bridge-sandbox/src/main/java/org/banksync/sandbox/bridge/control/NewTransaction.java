package org.banksync.sandbox.bridge.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.banksync.sandbox.bridge.data.Transaction;

/**
 * A transaction to add to an account. Only amount is required; date defaults to the sandbox's today,
 * labels to a generic card payment, category to 294 (Others), booking date to date (none if future).
 */
public record NewTransaction(BigDecimal amount, LocalDate date, String cleanDescription, String providerDescription,
                             String operationType, Long categoryId, Boolean future, LocalDate bookingDate,
                             LocalDate transactionDate, LocalDate valueDate) {

    public NewTransaction {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
    }

    public static NewTransaction of(String amount, LocalDate date, String cleanDescription) {
        return new NewTransaction(new BigDecimal(amount), date, cleanDescription, null, null, null, null, null, null, null);
    }

    public NewTransaction asFuture() {
        return new NewTransaction(amount, date, cleanDescription, providerDescription, operationType, categoryId, true,
                bookingDate, transactionDate, valueDate);
    }

    Transaction toRow(long id, long accountId, String currency, Instant now) {
        LocalDate day = date != null ? date : LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean isFuture = Boolean.TRUE.equals(future);
        String clean = cleanDescription != null ? cleanDescription : "Paiement carte";
        String raw = providerDescription != null ? providerDescription : clean.toUpperCase(Locale.ROOT);
        return new Transaction(id, clean, raw, amount, day, bookingDate != null ? bookingDate : isFuture ? null : day,
                transactionDate, valueDate, now, currency, false, categoryId != null ? categoryId : 294,
                operationType != null ? operationType : "card", accountId, isFuture);
    }
}
