package org.banksync.adapters.fileimport.csv;

import org.apache.commons.csv.CSVRecord;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where each column of the layout is in the records: with a header row, the column whose header text
 * matches (trimmed, in any case), else the 1-based position when the name is all digits; without a
 * header row, the position.
 */
final class CsvColumns {

    private static final int MAX_POSITION_DIGITS = 4;

    final Column date;
    final Column valueDate;
    final Column amount;
    final Column debit;
    final Column credit;
    final Column description;
    final Column reference;
    final Column currency;

    private CsvColumns(CsvLayout layout, List<String> header, long headerLine) {
        date = resolve(layout.dateColumn(), header, headerLine);
        valueDate = resolve(layout.valueDateColumn(), header, headerLine);
        amount = resolve(layout.amountColumn(), header, headerLine);
        debit = resolve(layout.debitColumn(), header, headerLine);
        credit = resolve(layout.creditColumn(), header, headerLine);
        description = resolve(layout.descriptionColumn(), header, headerLine);
        reference = resolve(layout.referenceColumn(), header, headerLine);
        currency = resolve(layout.currencyColumn(), header, headerLine);
    }

    /** The columns found in the header row read at {@code headerLine}. */
    static CsvColumns fromHeader(CsvLayout layout, CSVRecord header, long headerLine) {
        return new CsvColumns(layout, header.toList(), headerLine);
    }

    /** The columns of a file without a header row: all named by position. */
    static CsvColumns byPosition(CsvLayout layout) {
        return new CsvColumns(layout, null, 0);
    }

    /**
     * A column of the file: {@code label} as places show it ({@code "Montant"}, or {@code 3} for a
     * position) and its 0-based index in a record.
     */
    record Column(String label, int index) {

        /** "line 12, column "Montant"". */
        String at(long line) {
            return "line " + line + ", column " + label;
        }

        /**
         * The cell of this column, as written; refused when the record is too short to have it, or when
         * it holds bytes the layout's encoding could not decode.
         */
        String cell(CSVRecord record, long line, String encoding) {
            if (index >= record.size()) {
                throw new UnreadableStatement(at(line), "the line has " + record.size()
                        + (record.size() == 1 ? " field" : " fields") + ", so it has no column " + label
                        + " (is the delimiter right?)");
            }
            String cell = record.get(index);
            if (cell.indexOf(CsvInput.UNDECODABLE) >= 0) {
                throw new UnreadableStatement(at(line), "this cell holds bytes that are not " + encoding
                        + ": choose the encoding the bank writes its files in (such as UTF-8 or windows-1252)");
            }
            return cell;
        }
    }

    private static Column resolve(String name, List<String> header, long headerLine) {
        if (name == null) {
            return null;
        }
        if (header != null) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                    return new Column("\"" + name + "\"", i);
                }
            }
        }
        if (name.chars().allMatch(Character::isDigit) && name.length() <= MAX_POSITION_DIGITS
                && Integer.parseInt(name) > 0) {
            return new Column(name, Integer.parseInt(name) - 1);
        }
        if (header == null) {
            throw new UnreadableStatement(null, "column " + name + " is not a position: column positions start at 1");
        }
        throw new UnreadableStatement("line " + headerLine, "the header has no column \"" + name + "\"; its columns are "
                + header.stream().map(text -> "\"" + text.strip() + "\"").collect(Collectors.joining(", "))
                + hint(header));
    }

    /** A hint when the header shows the layout's encoding or delimiter is probably wrong. */
    private static String hint(List<String> header) {
        if (header.stream().anyMatch(text -> text.indexOf(CsvInput.UNDECODABLE) >= 0)) {
            return " (the header holds bytes the layout's encoding cannot read: is the encoding right?)";
        }
        if (header.size() != 1) {
            return "";
        }
        for (char delimiter : CsvLayout.DELIMITERS) {
            if (header.get(0).indexOf(delimiter) >= 0) {
                String shown = delimiter == '\t' ? "a tab" : "'" + delimiter + "'";
                return " (the header holds " + shown + ": is that the file's delimiter?)";
            }
        }
        return "";
    }
}
