package org.banksync.domain.transaction;

import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.shared.Require;

/**
 * One transaction row as a source delivers it, already translated out of the source's own model.
 * {@code date} is the source's general date and {@code bookingDate} its booking date when it gives one;
 * {@code future} means not yet posted; {@code deleted} rows may carry nothing but their key.
 */
public record SourceTransaction(
        TransactionSource source,
        ExternalRef externalId,
        LocalDate date,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        String description,
        String rawDescription,
        String operationType,
        String providerCategoryExternalId,
        boolean future,
        boolean deleted,
        Instant updatedAt) {

    public SourceTransaction {
        Require.present(source, "source");
        Require.present(externalId, "externalId");
        rawDescription = rawDescription == null || rawDescription.isBlank() ? null : rawDescription;
        description = description == null || description.isBlank() ? rawDescription : description.strip();
        operationType = Require.optionalText(operationType, "operationType", 100);
        providerCategoryExternalId = Require.optionalText(providerCategoryExternalId, "providerCategoryId", 255);
        if (!deleted) {
            if (date == null && bookingDate == null) {
                throw new DomainViolation("bookingDate", "transaction " + externalId + " has neither a date nor a booking date");
            }
            Require.present(amount, "amount");
        }
    }

    /** A row the source reports deleted, known only by its key. */
    public static SourceTransaction deletion(TransactionSource source, ExternalRef externalId, Instant updatedAt) {
        return new SourceTransaction(source, externalId, null, null, null, null, null, null, null, null,
                false, true, updatedAt);
    }

    /** The day the transaction counts for: the booking date when the source gives one, else its date. */
    public LocalDate effectiveBookingDate() {
        return bookingDate != null ? bookingDate : date;
    }

    /** Future rows stay PENDING until they post. */
    public TransactionStatus status() {
        return future ? TransactionStatus.PENDING : TransactionStatus.BOOKED;
    }
}
