package org.banksync.adapters.fileimport.csv;

import jakarta.enterprise.context.ApplicationScoped;
import org.banksync.adapters.fileimport.statement.FileStart;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.adapters.fileimport.statement.StatementRows;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.StatementReader;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.transaction.TransactionSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a bank's CSV export with the account's saved layout, record by record with Apache Commons CSV.
 * A CSV file says nothing of its account, so no account is returned and none is checked.
 */
@ApplicationScoped
public class CsvStatementReader implements StatementReader {

    public CsvStatementReader() {
        // stateless: every read makes its own parser
    }

    @Override
    public TransactionSource format() {
        return TransactionSource.CSV;
    }

    /** Never: any text file could be CSV, so CSV is chosen only when the user says so or the file is named .csv. */
    @Override
    public boolean recognizes(byte[] head) {
        return false;
    }

    @Override
    public Statement read(InputStream content, Target target) {
        Objects.requireNonNull(target, "target");
        CsvLayout layout = target.csvLayout();
        if (layout == null) {
            throw new UnreadableStatement(null, "a CSV file is read with a layout (its delimiter, which column holds"
                    + " the date, the amount, ...), and none was given");
        }
        CsvRecords records = new CsvRecords(CsvInput.open(FileStart.nonEmpty(content), layout), layout);
        CsvRow rows = new CsvRow(layout, columns(records, layout));
        List<RowDraft> drafts = new ArrayList<>();
        for (CsvRecords.Numbered record = records.next(); record != null; record = records.next()) {
            if (!record.blank()) {
                drafts.add(rows.draft(record));
            }
        }
        return new Statement(null, StatementRows.assemble(TransactionSource.CSV, target.currency(), drafts), List.of());
    }

    private static CsvColumns columns(CsvRecords records, CsvLayout layout) {
        if (!layout.header()) {
            return CsvColumns.byPosition(layout);
        }
        CsvRecords.Numbered header = records.next();
        while (header != null && header.blank()) {
            header = records.next();
        }
        if (header == null) {
            throw new UnreadableStatement(null, "the file has no header row after the " + layout.skipLines()
                    + " lines the layout skips");
        }
        return CsvColumns.fromHeader(layout, header.record(), header.line());
    }
}
