package org.banksync.adapters.fileimport.csv;

import org.banksync.adapters.fileimport.statement.Samples;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.CurrencyCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.fileimport.statement.Refusals.refusal;

@DisplayName("A CSV file that cannot be imported is refused whole, naming the line and the column")
class CsvRefusalsTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CurrencyCode GBP = CurrencyCode.of("GBP");

    private final CsvStatementReader reader = new CsvStatementReader();

    @Test
    @DisplayName("no layout to read it with")
    void noLayout() {
        UnreadableStatement refused = refusal(() -> reader.read(Samples.open("csv-uk-bank.csv"),
                new Target(null, GBP, null)));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("a CSV file is read with a layout (its delimiter, which column holds"
                + " the date, the amount, ...), and none was given");
    }

    @Test
    @DisplayName("an empty file")
    void empty() {
        UnreadableStatement refused = refusal(() -> readUk(""));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("the file is empty");
    }

    @Test
    @DisplayName("fewer lines than the layout skips")
    void tooShortToSkip() {
        UnreadableStatement refused = refusal(() -> reader.read(Samples.file("Compte courant;;\nTitulaire;;\n"),
                new Target(null, CurrencyCode.EUR, CsvLayouts.FRENCH)));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("the file has 2 lines, and the layout skips 4 before the header");
    }

    @Test
    @DisplayName("a mapped column missing from the header names the headers found")
    void missingHeader() {
        CsvLayout layout = CsvLayout.signedAmount(',', "Date", "dd/MM/yyyy", "Amount", '.', "Description");

        UnreadableStatement refused = refusal(() -> reader.read(Samples.open("csv-uk-bank.csv"),
                new Target(null, GBP, layout)));

        assertThat(refused.place()).isEqualTo("line 1");
        assertThat(refused.detail()).isEqualTo("the header has no column \"Amount\"; its columns are \"Date\", \"Type\","
                + " \"Description\", \"Value\", \"Balance\", \"Account Name\", \"Account Number\"");
    }

    @Test
    @DisplayName("the wrong delimiter: the whole header is one column, and the hint says which delimiter it holds")
    void wrongDelimiter() {
        CsvLayout layout = CsvLayout.signedAmount(';', "Date", "dd/MM/yyyy", "Value", '.', "Description");

        UnreadableStatement refused = refusal(() -> reader.read(Samples.open("csv-uk-bank.csv"),
                new Target(null, GBP, layout)));

        assertThat(refused.place()).isEqualTo("line 1");
        assertThat(refused.detail()).isEqualTo("the header has no column \"Date\"; its columns are"
                + " \"Date,Type,Description,Value,Balance,Account Name,Account Number\""
                + " (the header holds ',': is that the file's delimiter?)");
    }

    @Test
    @DisplayName("the wrong encoding: a mapped cell holding bytes that are not UTF-8, at its own line")
    void wrongEncoding() {
        CsvLayout utf8 = new CsvLayout("UTF-8", ';', true, 4, "Date", "dd/MM/yyyy", "Date de valeur", null,
                "Débit", "Crédit", ',', "Libellé", null, null);
        String file = Samples.text("csv-french-bank-1252.csv", WINDOWS_1252).replace("Libellé", "Libelle")
                .replace("Débit;Crédit", "Debit;Credit");
        CsvLayout ascii = new CsvLayout("UTF-8", ';', true, 4, "Date", "dd/MM/yyyy", "Date de valeur", null,
                "Debit", "Credit", ',', "Libelle", null, null);

        UnreadableStatement header = refusal(() -> reader.read(Samples.open("csv-french-bank-1252.csv"),
                new Target(null, CurrencyCode.EUR, utf8)));
        UnreadableStatement cell = refusal(() -> reader.read(Samples.file(file, WINDOWS_1252),
                new Target(null, CurrencyCode.EUR, ascii)));

        assertThat(header.place()).isEqualTo("line 5");
        assertThat(header.detail()).startsWith("the header has no column \"Débit\"; its columns are \"Date\","
                + " \"Date de valeur\", \"Libell\uFFFD\", \"D\uFFFDbit\", \"Cr\uFFFDdit\"")
                .endsWith("(the header holds bytes the layout's encoding cannot read: is the encoding right?)");
        assertThat(cell.place()).isEqualTo("line 6, column \"Libelle\"");
        assertThat(cell.detail()).isEqualTo("this cell holds bytes that are not UTF-8: choose the encoding the bank"
                + " writes its files in (such as UTF-8 or windows-1252)");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "31/02/2026|line 3, column \"Date\"|'31/02/2026' is not a date in the format dd/MM/yyyy",
            "2026-03-02|line 3, column \"Date\"|'2026-03-02' is not a date in the format dd/MM/yyyy",
            "''|line 3, column \"Date\"|the date is empty"})
    @DisplayName("a date that is not one, after good lines")
    void badDate(String written, String place, String detail) {
        String file = Samples.text("csv-uk-bank.csv").replaceFirst("03/03/2026", written);

        UnreadableStatement refused = refusal(() -> readUk(file));

        assertThat(refused.place()).isEqualTo(place);
        assertThat(refused.detail()).isEqualTo(detail);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "-3.45|'\"-3,45\"'|'-3,45' is not an amount with '.' as the decimal separator (such as -1,234.56 or 1 234.56)",
            "-3.45|-3.4.5|'-3.4.5' is not an amount with '.' as the decimal separator (such as -1,234.56 or 1 234.56)",
            "-3.45|£3.45|'£3.45' is not an amount with '.' as the decimal separator (such as -1,234.56 or 1 234.56)",
            "-3.45|''|the amount is empty"})
    @DisplayName("an amount that is not one")
    void badAmount(String written, String replacement, String detail) {
        String file = Samples.text("csv-uk-bank.csv").replaceFirst(written, replacement);

        UnreadableStatement refused = refusal(() -> readUk(file));

        assertThat(refused.place()).isEqualTo("line 3, column \"Value\"");
        assertThat(refused.detail()).isEqualTo(detail);
    }

    @Test
    @DisplayName("a decimal point where the layout says comma: 12.50 is not read as 1250")
    void decimalPointForComma() {
        String file = Samples.text("csv-french-bank-1252.csv", WINDOWS_1252).replace("320,00", "320.00");

        UnreadableStatement refused = refusal(() -> readFrench(file));

        assertThat(refused.place()).isEqualTo("line 10, column \"Débit\"");
        assertThat(refused.detail()).isEqualTo("'320.00' is not an amount with ',' as the decimal separator"
                + " (such as -1.234,56 or 1 234,56)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "both filled|320,00;|320,00;5,00|both the debit (320,00) and the credit (5,00) are filled; a line is one or the other",
            "both empty|320,00;|;|both the debit and the credit are empty; a line needs one of them"})
    @DisplayName("a debit and a credit on one line, or neither")
    void debitAndCredit(String what, String written, String replacement, String detail) {
        String file = Samples.text("csv-french-bank-1252.csv", WINDOWS_1252).replace(written, replacement);

        UnreadableStatement refused = refusal(() -> readFrench(file));

        assertThat(refused.place()).isEqualTo("line 10, column \"Débit\"");
        assertThat(refused.detail()).isEqualTo(detail);
    }

    @Test
    @DisplayName("a line too short to hold a mapped column")
    void shortLine() {
        String file = Samples.text("csv-uk-bank.csv").replace("04/03/2026,BAC,\"ACME LTD , SALARY MAR\",2450.00,4278.60,"
                + "\"MR J SMITH\",\"'601613-31926819\"", "04/03/2026,BAC,\"ACME LTD , SALARY MAR\"");

        UnreadableStatement refused = refusal(() -> readUk(file));

        assertThat(refused.place()).isEqualTo("line 5, column \"Value\"");
        assertThat(refused.detail()).isEqualTo("the line has 3 fields, so it has no column \"Value\" (is the delimiter right?)");
    }

    @Test
    @DisplayName("a quote never closed")
    void unclosedQuote() {
        String file = Samples.text("csv-uk-bank.csv").replace("\"LANDLORD LTD , RENT MARCH\"", "\"LANDLORD LTD , RENT MARCH");

        UnreadableStatement refused = refusal(() -> readUk(file));

        assertThat(refused.place()).isEqualTo("line 7");
        assertThat(refused.detail()).isEqualTo("the CSV is malformed: Invalid character between encapsulated token and"
                + " delimiter");
    }

    @Test
    @DisplayName("a line in another currency than the account's")
    void otherCurrency() {
        UnreadableStatement refused = refusal(() -> reader.read(Samples.open("csv-us-bank.csv"),
                new Target(null, CurrencyCode.EUR, CsvLayouts.US)));

        assertThat(refused.place()).isEqualTo("line 2, column \"Currency\"");
        assertThat(refused.detail()).isEqualTo("the entry is in USD, the bank account in EUR; import this file into"
                + " the bank account kept in USD");
    }

    @Test
    @DisplayName("a reference too long to be an id")
    void referenceTooLong() {
        String file = Samples.text("csv-us-bank.csv").replace("C1043", "C".repeat(256));

        UnreadableStatement refused = refusal(() -> reader.read(Samples.file(file),
                new Target(null, CurrencyCode.of("USD"), CsvLayouts.US)));

        assertThat(refused.place()).isEqualTo("line 3, column \"Reference Number\"");
        assertThat(refused.detail()).isEqualTo("the reference is 256 characters long; a reference has at most 255");
    }

    private void readUk(String file) {
        reader.read(Samples.file(file, StandardCharsets.UTF_8), new Target(null, GBP, CsvLayouts.UK));
    }

    private void readFrench(String file) {
        reader.read(Samples.file(file, WINDOWS_1252), new Target(null, CurrencyCode.EUR, CsvLayouts.FRENCH));
    }
}
