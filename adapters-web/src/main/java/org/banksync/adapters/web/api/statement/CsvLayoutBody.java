package org.banksync.adapters.web.api.statement;

import org.banksync.application.statement.CsvLayout;
import org.banksync.domain.shared.DomainViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CSV layout as JSON (the {@code csvLayout} part of an import); omitted fields take their defaults. */
@Schema(name = "CsvLayout", description = "How a CSV statement is laid out; saved for the account and reused when omitted.")
public record CsvLayoutBody(
        @Schema(description = "Character encoding.", example = "windows-1252", defaultValue = "UTF-8") String encoding,
        @Schema(description = "Field delimiter: , ; | or a tab.", example = ";", defaultValue = ",") String delimiter,
        @Schema(description = "Whether a header row names the columns.", defaultValue = "true") Boolean header,
        @Schema(description = "Lines before the header (or the first row).", defaultValue = "0") Integer skipLines,
        @Schema(description = "The booking date column (header text, or 1-based position).", example = "Date") String dateColumn,
        @Schema(description = "The dates' pattern.", example = "dd/MM/yyyy", defaultValue = "yyyy-MM-dd") String dateFormat,
        @Schema(description = "The value date column.", nullable = true) String valueDateColumn,
        @Schema(description = "A signed amount column (or give debitColumn and creditColumn).", nullable = true) String amountColumn,
        @Schema(description = "The debit column (positive numbers).", nullable = true) String debitColumn,
        @Schema(description = "The credit column (positive numbers).", nullable = true) String creditColumn,
        @Schema(description = "Decimal separator: . or ,", example = ",", defaultValue = ".") String decimalSeparator,
        @Schema(description = "The description column.", example = "Libellé") String descriptionColumn,
        @Schema(description = "A column with the bank's own reference, used as the external id.", nullable = true) String referenceColumn,
        @Schema(description = "A currency column; rows in another currency than the account's are refused.", nullable = true) String currencyColumn) {

    public CsvLayout toLayout() {
        return new CsvLayout(encoding, character(delimiter, ',', "delimiter"), header == null || header,
                skipLines == null ? 0 : skipLines, dateColumn, dateFormat, valueDateColumn, amountColumn, debitColumn,
                creditColumn, character(decimalSeparator, '.', "decimalSeparator"), descriptionColumn, referenceColumn,
                currencyColumn);
    }

    public static CsvLayoutBody of(CsvLayout layout) {
        return new CsvLayoutBody(layout.encoding(), String.valueOf(layout.delimiter()), layout.header(), layout.skipLines(),
                layout.dateColumn(), layout.dateFormat(), layout.valueDateColumn(), layout.amountColumn(), layout.debitColumn(),
                layout.creditColumn(), String.valueOf(layout.decimalSeparator()), layout.descriptionColumn(),
                layout.referenceColumn(), layout.currencyColumn());
    }

    private static char character(String value, char fallback, String field) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        String text = "\\t".equals(value) || "tab".equalsIgnoreCase(value) ? "\t" : value;
        if (text.length() != 1) {
            throw new DomainViolation(field, field + " must be a single character, not '" + value + "'");
        }
        return text.charAt(0);
    }
}
