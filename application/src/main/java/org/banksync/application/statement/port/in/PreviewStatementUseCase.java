package org.banksync.application.statement.port.in;

import org.banksync.domain.shared.Iban;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.time.LocalDate;
import java.util.List;

/** Reads a statement file and tells what importing it would do, changing nothing. */
public interface PreviewStatementUseCase {

    StatementPreview preview(ImportStatementCommand command);

    /** What an import of the file would do, or why it would be refused. */
    sealed interface StatementPreview {
    }

    /**
     * The file reads: its format and account, its first rows, the period and the totals of money in and out, and how many
     * rows would be created, updated or found unchanged.
     */
    record Ready(TransactionSource format, Iban accountIban, int rows, List<SourceTransaction> firstRows,
                 LocalDate from, LocalDate to, Money credits, Money debits,
                 int toCreate, int toUpdate, int unchanged, List<String> skipped) implements StatementPreview {
        public Ready {
            firstRows = List.copyOf(firstRows);
            skipped = List.copyOf(skipped);
        }
    }

    /** The file cannot be imported. */
    record Refused(String place, String detail) implements StatementPreview {
    }
}
