package org.banksync.application.statement;

import org.banksync.domain.shared.DomainViolation;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * How a bank's CSV export is laid out, saved per bank account and reused. Columns are named by
 * their header text, or by their 1-based position when the file has no header row. The amount is
 * either one signed column, or a debit and a credit column (both holding positive numbers).
 */
public record CsvLayout(String encoding, char delimiter, boolean header, int skipLines,
                        String dateColumn, String dateFormat, String valueDateColumn,
                        String amountColumn, String debitColumn, String creditColumn, char decimalSeparator,
                        String descriptionColumn, String referenceColumn, String currencyColumn) {

    public static final Set<Character> DELIMITERS = Set.of(',', ';', '\t', '|');
    public static final Set<Character> DECIMAL_SEPARATORS = Set.of('.', ',');
    private static final int COLUMN_MAX_LENGTH = 100;
    private static final int MAX_SKIPPED_LINES = 100;

    public CsvLayout {
        encoding = text(encoding, "encoding", "UTF-8");
        try {
            Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DomainViolation("encoding", "encoding '" + encoding + "' is not one this server knows (try UTF-8, windows-1252 or ISO-8859-15)");
        }
        if (!DELIMITERS.contains(delimiter)) {
            throw new DomainViolation("delimiter", "the delimiter must be one of , ; | or a tab");
        }
        if (skipLines < 0 || skipLines > MAX_SKIPPED_LINES) {
            throw new DomainViolation("skipLines", "lines to skip must be between 0 and " + MAX_SKIPPED_LINES);
        }
        dateColumn = column(dateColumn, "dateColumn", true);
        dateFormat = text(dateFormat, "dateFormat", "yyyy-MM-dd");
        try {
            DateTimeFormatter.ofPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            throw new DomainViolation("dateFormat", "date format '" + dateFormat + "' is not a pattern such as dd/MM/yyyy: " + e.getMessage());
        }
        valueDateColumn = column(valueDateColumn, "valueDateColumn", false);
        amountColumn = column(amountColumn, "amountColumn", false);
        debitColumn = column(debitColumn, "debitColumn", false);
        creditColumn = column(creditColumn, "creditColumn", false);
        if (amountColumn == null && (debitColumn == null || creditColumn == null)) {
            throw new DomainViolation("amountColumn", "name either the amount column or both the debit and the credit column");
        }
        if (amountColumn != null && (debitColumn != null || creditColumn != null)) {
            throw new DomainViolation("amountColumn", "name the amount column or the debit and credit columns, not both");
        }
        if (!DECIMAL_SEPARATORS.contains(decimalSeparator)) {
            throw new DomainViolation("decimalSeparator", "the decimal separator must be . or ,");
        }
        if (decimalSeparator == delimiter) {
            throw new DomainViolation("decimalSeparator", "the decimal separator cannot also be the delimiter");
        }
        descriptionColumn = column(descriptionColumn, "descriptionColumn", true);
        referenceColumn = column(referenceColumn, "referenceColumn", false);
        currencyColumn = column(currencyColumn, "currencyColumn", false);
        if (!header) {
            for (String positional : new String[] {dateColumn, valueDateColumn, amountColumn, debitColumn, creditColumn,
                    descriptionColumn, referenceColumn, currencyColumn}) {
                if (positional != null && !positional.chars().allMatch(Character::isDigit)) {
                    throw new DomainViolation("header", "without a header row, columns are named by their position (1, 2, ...), not '" + positional + "'");
                }
            }
        }
    }

    /** A layout with one signed amount column. */
    public static CsvLayout signedAmount(char delimiter, String dateColumn, String dateFormat, String amountColumn,
                                         char decimalSeparator, String descriptionColumn) {
        return new CsvLayout("UTF-8", delimiter, true, 0, dateColumn, dateFormat, null, amountColumn, null, null,
                decimalSeparator, descriptionColumn, null, null);
    }

    /** Whether the amount comes as separate debit and credit columns. */
    public boolean splitAmount() {
        return amountColumn == null;
    }

    private static String text(String value, String field, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.length() > COLUMN_MAX_LENGTH) {
            throw new DomainViolation(field, field + " is longer than " + COLUMN_MAX_LENGTH + " characters");
        }
        return value.strip();
    }

    private static String column(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new DomainViolation(field, field + " is required");
            }
            return null;
        }
        return text(value, field, null);
    }
}
