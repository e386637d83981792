package org.banksync.application.statement.port.out;

import org.banksync.application.statement.CsvLayout;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.io.InputStream;
import java.util.List;

/**
 * Reads one statement file format into the domain's {@link SourceTransaction}s, streaming (never the
 * whole file in memory as text or a tree). Every row has an external id: the file's own where it
 * gives one, else a content key stable across files (date, amount, text and the row's rank among
 * identical rows of that day). Anything that cannot be read throws {@link UnreadableStatement}
 * naming the place.
 */
public interface StatementReader {

    /** The format, one of the file sources (CAMT053, OFX, CSV). */
    TransactionSource format();

    /** Whether the first bytes of a file look like this format (used when the user does not say). */
    boolean recognizes(byte[] head);

    /** Reads the statement of the target account out of the file. */
    Statement read(InputStream content, Target target);

    /**
     * The account the file is imported into: its IBAN (null when it has none) and currency; rows in
     * another currency are refused. {@code csvLayout} is required by the CSV reader only.
     */
    record Target(Iban iban, CurrencyCode currency, CsvLayout csvLayout) {
    }

    /**
     * What was read: the statement's account as the file names it (null when the format does not
     * say, as CSV), the rows, and how many entries were left out and why (for example information-only
     * entries).
     */
    record Statement(Iban accountIban, List<SourceTransaction> rows, List<String> skipped) {
        public Statement {
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
        }
    }
}
