package org.banksync.adapters.fileimport.csv;

import org.banksync.adapters.fileimport.statement.Row;
import org.banksync.adapters.fileimport.statement.Samples;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.StatementReader.Statement;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.fileimport.statement.Row.CONTENT_KEY;

@DisplayName("A bank's CSV export is read with the account's layout")
class CsvStatementReaderTest {

    private static final CurrencyCode GBP = CurrencyCode.of("GBP");

    private final CsvStatementReader reader = new CsvStatementReader();

    @Test
    @DisplayName("French bank, windows-1252: lines skipped before the header, debit and credit columns, thousands by spaces")
    void frenchBank() {
        Statement statement = read("csv-french-bank-1252.csv", CsvLayouts.FRENCH, CurrencyCode.EUR);

        assertThat(statement.accountIban()).as("a CSV file does not name its account").isNull();
        assertThat(Row.of(statement.rows())).containsExactly(
                new Row(CONTENT_KEY, "2026-03-02", "2026-03-02", "-84.20", "PRLV SEPA ÉLECTRICITÉ DE FRANCE ÉCHÉANCE MARS"),
                new Row(CONTENT_KEY, "2026-03-03", "2026-03-02", "-4.60", "CB BOULANGERIE LA CRÈME 02/03"),
                new Row(CONTENT_KEY, "2026-03-03", "2026-03-02", "-4.60", "CB BOULANGERIE LA CRÈME 02/03"),
                new Row(CONTENT_KEY, "2026-03-05", "2026-03-05", "1250.00", "VIR SEPA RECU M&M CONSEIL; HONORAIRES FÉVRIER"),
                new Row(CONTENT_KEY, "2026-03-10", "2026-03-10", "-320.00", "CHEQUE N° 8450123"),
                new Row(CONTENT_KEY, "2026-03-20", "2026-03-21", "12480.00", "VIR SEPA RECU CLIENT ÉTÉ SARL"),
                new Row(CONTENT_KEY, "2026-03-31", "2026-03-31", "-7.50", "COTISATION OFFRE ESSENTIEL"));
        assertThat(statement.rows()).allSatisfy(row -> {
            assertThat(row.source()).isEqualTo(TransactionSource.CSV);
            assertThat(row.amount().currency()).isEqualTo(CurrencyCode.EUR);
            assertThat(row.bookingDate()).isEqualTo(row.date());
            assertThat(row.future()).isFalse();
        });
        assertThat(Row.ids(statement.rows())).doesNotHaveDuplicates();
        assertThat(statement.skipped()).isEmpty();
    }

    @Test
    @DisplayName("French bank, UTF-8 with a byte order mark: quoted cells, headers matched in any case, a zero credit beside a debit")
    void frenchBankUtf8WithBom() {
        Statement statement = read("csv-french-bank-utf8-bom.csv", CsvLayouts.FRENCH_UTF8, CurrencyCode.EUR);

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row(CONTENT_KEY, "2026-03-23", "null", "2400.00", "VIR SEPA RECU SARL LES ATELIERS RÉUNIS FACTURE F2026-0142"),
                new Row(CONTENT_KEY, "2026-03-24", "null", "-842.00", "PRLV SEPA URSSAF ÎLE-DE-FRANCE COTISATIONS FÉVRIER"),
                new Row(CONTENT_KEY, "2026-03-24", "null", "-56.80", "PAIEMENT CB 2303 PARIS BOULANGERIE DU MARCHÉ"),
                new Row(CONTENT_KEY, "2026-03-25", "null", "-12.00", "FRAIS TENUE DE COMPTE MARS"));
    }

    @Test
    @DisplayName("UK bank: commas, a signed amount, descriptions quoted around their commas")
    void ukBank() {
        Statement statement = read("csv-uk-bank.csv", CsvLayouts.UK, GBP);

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row(CONTENT_KEY, "2026-03-02", "null", "-64.50", "BRITISH GAS, SERVICES LTD"),
                new Row(CONTENT_KEY, "2026-03-03", "null", "-3.45", "4582 02MAR26 , PRET A MANGER , LONDON GB"),
                new Row(CONTENT_KEY, "2026-03-03", "null", "-3.45", "4582 02MAR26 , PRET A MANGER , LONDON GB"),
                new Row(CONTENT_KEY, "2026-03-04", "null", "2450.00", "ACME LTD , SALARY MAR"),
                new Row(CONTENT_KEY, "2026-03-05", "null", "-42.18", "4582 04MAR26 , TESCO STORES 2231 , LONDON GB"),
                new Row(CONTENT_KEY, "2026-03-06", "null", "-1250.00", "LANDLORD LTD , RENT MARCH"));
        assertThat(statement.rows()).allSatisfy(row -> assertThat(row.amount().currency()).isEqualTo(GBP));
    }

    @Test
    @DisplayName("US bank: month first, thousands by commas, the reference column as the id, else a content key")
    void usBank() {
        Statement statement = read("csv-us-bank.csv", CsvLayouts.US, CurrencyCode.of("USD"));

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("P3320260302001", "2026-03-02", "null", "4218.77", "ACME CORP PAYROLL PPD ID: 9912345670"),
                new Row("C1043", "2026-03-03", "null", "-1450.00", "CHECK 1043"),
                new Row("A5520260305077", "2026-03-05", "null", "-86.42", "PG&E WEB ONLINE ID: 0000456789"),
                new Row(CONTENT_KEY, "2026-03-06", "null", "-23.17", "TRADER JOE'S #552 SAN FRANCISCO CA"),
                new Row("W20260310-88412", "2026-03-10", "null", "12500.00", "WIRE TRANSFER FROM NORTHWIND TRADERS"),
                new Row("F20260331001", "2026-03-31", "null", "-12.00", "MONTHLY SERVICE FEE"));
    }

    @Test
    @DisplayName("two identical coffees get two keys; a re-read and an overlapping file of the same whole days give the same keys")
    void contentKeysAcrossFiles() {
        List<String> first = Row.ids(read("csv-uk-bank.csv", CsvLayouts.UK, GBP).rows());
        List<String> again = Row.ids(read("csv-uk-bank.csv", CsvLayouts.UK, GBP).rows());
        List<SourceTransaction> overlap = read("csv-uk-bank-overlap.csv", CsvLayouts.UK, GBP).rows();

        assertThat(first).doesNotHaveDuplicates().isEqualTo(again);
        assertThat(first.get(1)).as("the two coffees of the 3rd").isNotEqualTo(first.get(2));
        assertThat(Row.ids(overlap).subList(0, 5)).as("the 3rd to the 6th, in both files").isEqualTo(first.subList(1, 6));
        assertThat(overlap.get(5).amount()).isEqualTo(overlap.get(0).amount());
        assertThat(Row.ids(overlap).get(5)).as("a coffee of the same price on the 7th").isNotIn(first);
        assertThat(overlap).hasSize(7);
    }

    @Test
    @DisplayName("without a header row, columns are named by position; parentheses and a trailing minus are negative")
    void positionalColumns() {
        CsvLayout layout = new CsvLayout("UTF-8", '|', false, 0, "1", "yyyy-MM-dd", "2", "4", null, null, '.',
                "3", null, null);
        String file = "2026-03-02|2026-03-01|CARD 1234 COFFEE|(3.50)\n2026-03-02||REFUND|12.00\n2026-03-03||FEE|1.25-\n";

        Statement statement = reader.read(Samples.file(file), new Target(null, CurrencyCode.EUR, layout));

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row(CONTENT_KEY, "2026-03-02", "2026-03-01", "-3.50", "CARD 1234 COFFEE"),
                new Row(CONTENT_KEY, "2026-03-02", "null", "12.00", "REFUND"),
                new Row(CONTENT_KEY, "2026-03-03", "null", "-1.25", "FEE"));
    }

    @Test
    @DisplayName("with a header row, a column named by its position when no header has that text")
    void positionInAHeaderedFile() {
        CsvLayout layout = CsvLayout.signedAmount(',', "1", "dd/MM/yyyy", "4", '.', "Description");

        Statement statement = read("csv-uk-bank.csv", layout, GBP);

        assertThat(statement.rows()).hasSize(6);
        assertThat(statement.rows().get(0).amount().amount()).isEqualByComparingTo("-64.50");
    }

    @Test
    @DisplayName("a file of a header and nothing else is an empty statement")
    void headerOnly() {
        Statement statement = reader.read(Samples.file("Date,Type,Description,Value\n\n"),
                new Target(null, GBP, CsvLayouts.UK));

        assertThat(statement.rows()).isEmpty();
    }

    @Test
    @DisplayName("CSV is never recognised by its content: the user or the file name decides")
    void recognizes() {
        assertThat(reader.recognizes(Samples.head("csv-uk-bank.csv"))).isFalse();
        assertThat(reader.format()).isEqualTo(TransactionSource.CSV);
    }

    private Statement read(String sample, CsvLayout layout, CurrencyCode currency) {
        return reader.read(Samples.open(sample), new Target(Iban.of("GB29NWBK60161331926819"), currency, layout));
    }
}
