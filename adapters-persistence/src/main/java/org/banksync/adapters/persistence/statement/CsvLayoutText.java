package org.banksync.adapters.persistence.statement;

import org.banksync.application.statement.CsvLayout;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/** A CSV layout as the text stored in its column: one {@code key=value} line per field (java.util.Properties). */
final class CsvLayoutText {

    private CsvLayoutText() {
    }

    static String write(CsvLayout layout) {
        Properties p = new Properties();
        put(p, "encoding", layout.encoding());
        put(p, "delimiter", String.valueOf(layout.delimiter()));
        put(p, "header", String.valueOf(layout.header()));
        put(p, "skipLines", String.valueOf(layout.skipLines()));
        put(p, "dateColumn", layout.dateColumn());
        put(p, "dateFormat", layout.dateFormat());
        put(p, "valueDateColumn", layout.valueDateColumn());
        put(p, "amountColumn", layout.amountColumn());
        put(p, "debitColumn", layout.debitColumn());
        put(p, "creditColumn", layout.creditColumn());
        put(p, "decimalSeparator", String.valueOf(layout.decimalSeparator()));
        put(p, "descriptionColumn", layout.descriptionColumn());
        put(p, "referenceColumn", layout.referenceColumn());
        put(p, "currencyColumn", layout.currencyColumn());
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties writes a date comment first; drop it so an unchanged layout stores unchanged text.
        return out.toString().lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    static CsvLayout read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvLayout(p.getProperty("encoding"), single(p, "delimiter"), Boolean.parseBoolean(p.getProperty("header", "true")),
                Integer.parseInt(p.getProperty("skipLines", "0")), p.getProperty("dateColumn"), p.getProperty("dateFormat"),
                p.getProperty("valueDateColumn"), p.getProperty("amountColumn"), p.getProperty("debitColumn"),
                p.getProperty("creditColumn"), single(p, "decimalSeparator"), p.getProperty("descriptionColumn"),
                p.getProperty("referenceColumn"), p.getProperty("currencyColumn"));
    }

    private static char single(Properties p, String key) {
        String value = p.getProperty(key, "");
        return value.isEmpty() ? ' ' : value.charAt(0);
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
