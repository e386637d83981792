package org.banksync.adapters.web.ui.transaction;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.FindTransactionsQuery;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.domain.transaction.BankTransaction;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The filtered list as CSV, streamed one keyset page (500 rows) at a time, never held whole. The shape
 * French Excel opens directly: UTF-8 with a byte-order mark, semicolons, CRLF, ISO dates; amounts exact
 * (every decimal the bank gave, no thousands separator) with the decimal separator of the user's language.
 * Text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class TransactionCsv {

    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final FindTransactionsQuery find;
    private final TransactionRows rows;
    private final Locale locale;
    private final List<String> header;
    private final Map<String, String> statuses;

    /** {@code statuses}: the status of a row (PENDING, BOOKED) in the user's language. */
    TransactionCsv(FindTransactionsQuery find, TransactionRows rows, Locale locale, List<String> header,
                   Map<String, String> statuses) {
        this.find = find;
        this.rows = rows;
        this.locale = locale;
        this.header = List.copyOf(header);
        this.statuses = Map.copyOf(statuses);
    }

    void write(TransactionFilter filter, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            line(writer, header.stream());
            String cursor = null;
            do {
                Page<BankTransaction> page = find.list(filter, new PageRequest(PAGE, cursor));
                for (BankTransaction transaction : page.items()) {
                    line(writer, fields(rows.of(transaction)));
                }
                writer.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<String> fields(TransactionRow row) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return Stream.of(row.getBookingDate().toString(), row.getValueDate() == null ? "" : row.getValueDate().toString(),
                text(row.getAccount()), text(row.getDescription()), row.getAmount().toPlainString().replace('.', decimal),
                row.getCurrency(), text(row.getCategoryName()), statuses.getOrDefault(row.getStatus(), row.getStatus()));
    }

    private static void line(Writer writer, Stream<String> fields) throws IOException {
        writer.write(fields.map(TransactionCsv::quoted).collect(Collectors.joining(";")));
        writer.write("\r\n");
    }

    /** Text as a spreadsheet shows it: never a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String quoted(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
