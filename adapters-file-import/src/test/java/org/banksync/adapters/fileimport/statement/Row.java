package org.banksync.adapters.fileimport.statement;

import org.banksync.domain.transaction.SourceTransaction;

import java.util.List;

/**
 * A read row as a test states it: its id ({@value #CONTENT_KEY} for a content key, whose value other
 * tests pin), day, value day, amount exactly as the file wrote it, and description.
 */
public record Row(String id, String date, String valueDate, String amount, String description) {

    public static final String CONTENT_KEY = "content key";

    public static Row of(SourceTransaction row) {
        String id = row.externalId().value();
        return new Row(id.matches("h:[0-9a-f]{32}") ? CONTENT_KEY : id, String.valueOf(row.date()),
                String.valueOf(row.valueDate()), row.amount().amount().toPlainString(), row.description());
    }

    public static List<Row> of(List<SourceTransaction> rows) {
        return rows.stream().map(Row::of).toList();
    }

    /** The external ids, content keys included, in file order. */
    public static List<String> ids(List<SourceTransaction> rows) {
        return rows.stream().map(row -> row.externalId().value()).toList();
    }
}
