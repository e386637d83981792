package org.banksync.domain.transaction;

import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.shared.Money;
import org.banksync.domain.shared.Require;

/** The part of a transaction its source owns; compared as a whole to tell an update from an unchanged row. */
record SourceFields(
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        String description,
        String rawDescription,
        String operationType,
        String providerCategoryExternalId,
        TransactionStatus status,
        Instant sourceUpdatedAt) {

    SourceFields {
        Require.present(bookingDate, "bookingDate");
        Require.present(amount, "amount");
        Require.present(status, "status");
    }

    static SourceFields from(SourceTransaction row) {
        return new SourceFields(row.effectiveBookingDate(), row.valueDate(), row.amount(), row.description(),
                row.rawDescription(), row.operationType(), row.providerCategoryExternalId(), row.status(),
                row.updatedAt());
    }

    /** The row's values, except that a BOOKED transaction stays BOOKED and an unknown update time keeps the known one. */
    SourceFields mergedWith(SourceTransaction row) {
        TransactionStatus mergedStatus = status == TransactionStatus.BOOKED ? status : row.status();
        Instant mergedUpdatedAt = row.updatedAt() != null ? row.updatedAt() : sourceUpdatedAt;
        return new SourceFields(row.effectiveBookingDate(), row.valueDate(), row.amount(), row.description(),
                row.rawDescription(), row.operationType(), row.providerCategoryExternalId(), mergedStatus,
                mergedUpdatedAt);
    }

    SourceFields booked(LocalDate newBookingDate) {
        return new SourceFields(newBookingDate != null ? newBookingDate : bookingDate, valueDate, amount, description,
                rawDescription, operationType, providerCategoryExternalId, TransactionStatus.BOOKED, sourceUpdatedAt);
    }
}
