package org.banksync.adapters.fileimport.csv;

import org.apache.commons.csv.CSVRecord;
import org.banksync.adapters.fileimport.csv.CsvColumns.Column;
import org.banksync.adapters.fileimport.statement.DecimalText;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.ExternalRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Reads one CSV record into a row draft the way the layout says: dates in its format (strictly: no
 * 31/02), amounts with its decimal separator, signed in one column or as a positive debit or credit.
 */
final class CsvRow {

    private final CsvLayout layout;
    private final CsvColumns columns;
    private final DateTimeFormatter dates;

    CsvRow(CsvLayout layout, CsvColumns columns) {
        this.layout = layout;
        this.columns = columns;
        this.dates = DateTimeFormatter.ofPattern(strictYears(layout.dateFormat()), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    RowDraft draft(CsvRecords.Numbered numbered) {
        CSVRecord record = numbered.record();
        long line = numbered.line();
        LocalDate date = date(columns.date, cell(columns.date, record, line), line);
        String valueText = cell(columns.valueDate, record, line);
        LocalDate valueDate = valueText.isBlank() ? null : date(columns.valueDate, valueText, line);
        BigDecimal amount = layout.splitAmount() ? debitOrCredit(record, line)
                : amount(columns.amount, cell(columns.amount, record, line), line);
        String reference = cell(columns.reference, record, line).strip();
        if (reference.length() > ExternalRef.MAX_LENGTH) {
            throw new UnreadableStatement(columns.reference.at(line), "the reference is " + reference.length()
                    + " characters long; a reference has at most " + ExternalRef.MAX_LENGTH);
        }
        String currency = cell(columns.currency, record, line);
        return new RowDraft("line " + line, reference, date, date, valueDate, amount,
                currency.isBlank() ? null : currency, columns.currency == null ? null : columns.currency.at(line),
                cell(columns.description, record, line), null, null, false);
    }

    /** The cell of a mapped column, or "" for a column the layout does not map. */
    private String cell(Column column, CSVRecord record, long line) {
        return column == null ? "" : column.cell(record, line, layout.encoding());
    }

    private LocalDate date(Column column, String text, long line) {
        if (text.isBlank()) {
            throw new UnreadableStatement(column.at(line), "the date is empty");
        }
        try {
            return LocalDate.parse(text.strip(), dates);
        } catch (DateTimeParseException notADate) {
            throw new UnreadableStatement(column.at(line), "'" + text.strip() + "' is not a date in the format "
                    + layout.dateFormat());
        }
    }

    private BigDecimal amount(Column column, String text, long line) {
        try {
            return DecimalText.parse(text, layout.decimalSeparator());
        } catch (NumberFormatException notAnAmount) {
            throw new UnreadableStatement(column.at(line), notAnAmount.getMessage());
        }
    }

    /** Debit (money out, made negative) or credit; a zero on the other side counts as empty, as some banks write it. */
    private BigDecimal debitOrCredit(CSVRecord record, long line) {
        String debitText = cell(columns.debit, record, line);
        String creditText = cell(columns.credit, record, line);
        BigDecimal debit = debitText.isBlank() ? null : amount(columns.debit, debitText, line);
        BigDecimal credit = creditText.isBlank() ? null : amount(columns.credit, creditText, line);
        if (debit != null && credit != null) {
            if (debit.signum() == 0) {
                debit = null;
            } else if (credit.signum() == 0) {
                credit = null;
            } else {
                throw new UnreadableStatement(columns.debit.at(line), "both the debit (" + debitText.strip()
                        + ") and the credit (" + creditText.strip() + ") are filled; a line is one or the other");
            }
        }
        if (debit == null && credit == null) {
            throw new UnreadableStatement(columns.debit.at(line), "both the debit and the credit are empty; a line"
                    + " needs one of them");
        }
        return debit != null ? debit.abs().negate() : credit.abs();
    }

    /**
     * The pattern with years as {@code u} (proleptic year) rather than {@code y} (year of era), which a
     * strict parser would otherwise refuse without an era; quoted text is left alone.
     */
    private static String strictYears(String pattern) {
        StringBuilder strict = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            strict.append(!quoted && c == 'y' ? 'u' : c);
        }
        return strict.toString();
    }
}
