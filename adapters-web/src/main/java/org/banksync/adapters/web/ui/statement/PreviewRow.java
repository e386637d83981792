package org.banksync.adapters.web.ui.statement;

import org.banksync.domain.transaction.SourceTransaction;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the preview table. */
public record PreviewRow(LocalDate date, LocalDate valueDate, String description, BigDecimal amount, String currency,
                         String status, String externalId) implements Serializable {

    static PreviewRow of(SourceTransaction row) {
        return new PreviewRow(row.effectiveBookingDate(), row.valueDate(), row.description(), row.amount().amount(),
                row.amount().currency().code(), row.status().name(), row.externalId().value());
    }

    public LocalDate getDate() { return date; }
    public LocalDate getValueDate() { return valueDate; }
    public String getDescription() { return description; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public String getStatus() { return status; }
    public String getExternalId() { return externalId; }
}
