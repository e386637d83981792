package org.banksync.adapters.fileimport.csv;

import org.apache.commons.csv.CSVRecord;
import org.banksync.adapters.fileimport.csv.CsvColumns.Column;
import org.banksync.adapters.fileimport.statement.DecimalText;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.UnreadableStatement;

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
        LocalDate date = date(columns.date, columns.date.cell(record, line), line);
        String valueText = columns.valueDate == null ? "" : columns.valueDate.cell(record, line);
        LocalDate valueDate = valueText.isBlank() ? null : date(columns.valueDate, valueText, line);
        BigDecimal amount = layout.splitAmount() ? debitOrCredit(numbered) : amount(columns.amount,
                columns.amount.cell(record, line), line);
        String reference = columns.reference == null ? null : columns.reference.cell(record, line);
        String currency = columns.currency == null ? "" : columns.currency.cell(record, line);
        return new RowDraft("line " + line, reference, date, date, valueDate, amount,
                currency.isBlank() ? null : currency, columns.currency == null ? null : columns.currency.at(line),
                columns.description.cell(record, line), null, null, false);
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
    private BigDecimal debitOrCredit(CsvRecords.Numbered numbered) {
        long line = numbered.line();
        String debitText = columns.debit.cell(numbered.record(), line);
        String creditText = columns.credit.cell(numbered.record(), line);
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
