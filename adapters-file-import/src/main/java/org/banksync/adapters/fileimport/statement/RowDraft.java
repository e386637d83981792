package org.banksync.adapters.fileimport.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row as a reader found it, before the shared rules turn it into a domain row: the currency check
 * and the external id ({@code ownId} when the file gives one, else the content key).
 *
 * @param place         where the row is, for errors about the row as a whole
 * @param currency      the row's currency as the file writes it; null when the file does not say (the account's)
 * @param currencyPlace where that currency is written
 */
public record RowDraft(String place, String ownId, LocalDate date, LocalDate bookingDate, LocalDate valueDate,
                       BigDecimal amount, String currency, String currencyPlace,
                       String description, String rawDescription, String operationType, boolean pending) {

    public RowDraft {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        ownId = ownId == null || ownId.isBlank() ? null : ownId.strip();
    }

    /** The text the content key hashes: the description, else the raw one. */
    String keyText() {
        return description != null && !description.isBlank() ? description : rawDescription;
    }
}
