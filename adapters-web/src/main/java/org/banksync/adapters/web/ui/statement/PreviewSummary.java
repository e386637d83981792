package org.banksync.adapters.web.ui.statement;

import org.banksync.application.statement.port.in.PreviewStatementUseCase;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the preview shows: the file's format, account, period, totals, what it would change, and its first rows. */
public record PreviewSummary(String format, String accountIban, int rows, LocalDate from, LocalDate to, BigDecimal credits,
                             BigDecimal debits, String currency, int toCreate, int toUpdate, int unchanged,
                             List<String> skipped, List<PreviewRow> firstRows) implements Serializable {

    static PreviewSummary of(PreviewStatementUseCase.Ready ready) {
        return new PreviewSummary(ready.format().wireName(), ready.accountIban() == null ? null : ready.accountIban().formatted(),
                ready.rows(), ready.from(), ready.to(), ready.credits().amount(), ready.debits().amount(),
                ready.credits().currency().code(), ready.toCreate(), ready.toUpdate(), ready.unchanged(), List.copyOf(ready.skipped()),
                ready.firstRows().stream().map(PreviewRow::of).toList());
    }

    public String getFormat() { return format; }
    public String getAccountIban() { return accountIban; }
    public int getRows() { return rows; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public BigDecimal getCredits() { return credits; }
    public BigDecimal getDebits() { return debits; }
    public String getCurrency() { return currency; }
    public int getToCreate() { return toCreate; }
    public int getToUpdate() { return toUpdate; }
    public int getUnchanged() { return unchanged; }
    public List<String> getSkipped() { return skipped; }
    public List<PreviewRow> getFirstRows() { return firstRows; }
}
