package org.banksync.adapters.fileimport.csv;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** The records of a CSV file one at a time, each with the line it starts on as a text editor numbers it. */
final class CsvRecords {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvLayout layout;

    /** A record and the line of the file it starts on. */
    record Numbered(CSVRecord record, long line) {

        /** A line holding nothing, or only delimiters and spaces. */
        boolean blank() {
            return record.stream().allMatch(String::isBlank);
        }
    }

    /** Records read from {@code reader}, which has already passed the layout's skipped lines. */
    CsvRecords(Reader reader, CsvLayout layout) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter()).setIgnoreEmptyLines(false).get();
        this.layout = layout;
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException unreadable) {
            throw unreadable(unreadable, layout.skipLines() + 1);
        }
        this.records = parser.iterator();
    }

    /** The next record, or null at the end of the file. */
    Numbered next() {
        long line = layout.skipLines() + parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? new Numbered(records.next(), line) : null;
        } catch (UncheckedIOException unreadable) {
            throw unreadable(unreadable.getCause(), line);
        }
    }

    /** The refusal of a file that cannot be parsed at {@code line}; a failing stream stays an IO failure. */
    private static RuntimeException unreadable(IOException problem, long line) {
        if (problem instanceof CSVException malformed) {
            // the parser's own line numbers do not count the skipped lines: ours replace them
            String reason = malformed.getMessage().replaceFirst("^\\(startline [\\d,]+\\)\\s*", "")
                    .replaceFirst("\\s*at line: [\\d,]+, position: [\\d,]+", "");
            return new UnreadableStatement("line " + line, "the CSV is malformed: " + reason, problem);
        }
        return new UncheckedIOException(problem);
    }
}
