package org.banksync.adapters.fileimport.csv;

import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * The text of a CSV file: decoded with the layout's charset, without a byte order mark, and past the
 * lines the layout skips before the header. Bytes the charset cannot decode become U+FFFD, refused
 * where a mapped cell holds one (so the place is exact, which a decoder reading ahead cannot give).
 */
final class CsvInput {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** What the decoder puts for bytes the charset cannot read. */
    static final char UNDECODABLE = '\uFFFD';

    private CsvInput() {
    }

    /** A reader positioned after the layout's skipped lines. */
    static BufferedReader open(InputStream content, CsvLayout layout) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, Charset.forName(layout.encoding())));
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            for (int skipped = 0; skipped < layout.skipLines(); skipped++) {
                if (!skipLine(reader)) {
                    throw new UnreadableStatement(null, "the file has " + skipped + " lines, and the"
                            + " layout skips " + layout.skipLines() + " before the " + (layout.header() ? "header" : "rows"));
                }
            }
            return reader;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Reads past one line ending in LF, CR LF or CR; false when the file has ended. */
    private static boolean skipLine(BufferedReader reader) throws IOException {
        int c = reader.read();
        if (c < 0) {
            return false;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            c = reader.read();
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return true;
    }
}
