package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transaction row exactly as Bridge shows it (null dates are absent on the wire); also the simple
 * record the control API hands to tests.
 */
public record Transaction(long id, String cleanDescription, String providerDescription, BigDecimal amount,
                          LocalDate date, LocalDate bookingDate, LocalDate transactionDate, LocalDate valueDate,
                          Instant updatedAt, String currencyCode, boolean deleted, long categoryId,
                          String operationType, long accountId, boolean future) {

    /** The bank removed the row: it stays, flagged, with a fresh updated_at. */
    public Transaction markDeleted(Instant now) {
        return new Transaction(id, cleanDescription, providerDescription, amount, date, bookingDate, transactionDate,
                valueDate, now, currencyCode, true, categoryId, operationType, accountId, future);
    }

    /** A future (pending) row is booked under the same id. */
    public Transaction post(Instant now, LocalDate bookedOn) {
        return new Transaction(id, cleanDescription, providerDescription, amount, bookedOn, bookedOn, transactionDate,
                bookedOn, now, currencyCode, deleted, categoryId, operationType, accountId, false);
    }

    public Transaction touch(Instant now) {
        return new Transaction(id, cleanDescription, providerDescription, amount, date, bookingDate, transactionDate,
                valueDate, now, currencyCode, deleted, categoryId, operationType, accountId, future);
    }
}
