package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.Samples;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.fileimport.ofx.OfxReaderTest.FRENCH;
import static org.banksync.adapters.fileimport.ofx.OfxReaderTest.FRENCH_ACCOUNT;
import static org.banksync.adapters.fileimport.ofx.OfxReaderTest.WINDOWS_1252;
import static org.banksync.adapters.fileimport.statement.Refusals.refusal;

@DisplayName("An OFX file that cannot be imported is refused whole, saying where and why")
class OfxRefusalsTest {

    private static final String US = "ofx220-us-bank-checking.ofx";
    private static final Target US_ACCOUNT = new Target(null, CurrencyCode.of("USD"), null);

    private final OfxReader reader = new OfxReader();

    @Test
    @DisplayName("an empty file")
    void empty() {
        UnreadableStatement refused = refusal(() -> reader.read(Samples.file("\r\n"), FRENCH_ACCOUNT));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("the file is empty");
    }

    @Test
    @DisplayName("a file that is not OFX")
    void notOfx() {
        UnreadableStatement refused = refusal(() -> reader.read(Samples.open("csv-us-bank.csv"), US_ACCOUNT));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("this is not an OFX file: it starts with 'Posting Date,Description,Amount,"
                + "Currency...', not with OFXHEADER:100 (OFX 1.x) or <?xml ...?><?OFX ...?> (OFX 2.x)");
    }

    @Test
    @DisplayName("an OFX 1.x file cut short inside a transaction gives none of the transactions before")
    void truncatedSgml() {
        String whole = Samples.text(FRENCH, WINDOWS_1252);
        String cut = whole.substring(0, whole.indexOf("<FITID>2026030500007"));

        UnreadableStatement refused = refusal(() -> readFrench(cut));

        assertThat(refused.place()).isEqualTo("line 70");
        assertThat(refused.detail()).isEqualTo("the file ends inside <STMTTRN> opened at line 66: the OFX is cut short");
    }

    @Test
    @DisplayName("an OFX 2.x file cut short")
    void truncatedXml() {
        String whole = Samples.text(US);
        String cut = whole.substring(0, whole.indexOf("<FITID>202603050000077"));

        UnreadableStatement refused = refusal(() -> reader.read(Samples.file(cut), US_ACCOUNT));

        assertThat(refused.place()).isEqualTo("line 55, column 13");
        assertThat(refused.detail()).isEqualTo("the XML is cut short or malformed:"
                + " XML document structures must start and end within the same entity.");
    }

    @Test
    @DisplayName("an OFX 2.x file with a DOCTYPE")
    void doctype() {
        String file = Samples.text(US).replace("<OFX>", "<!DOCTYPE OFX [<!ENTITY lol \"lol\">]>\n<OFX>");

        UnreadableStatement refused = refusal(() -> reader.read(Samples.file(file), US_ACCOUNT));

        assertThat(refused.place()).isEqualTo("line 3, column 38");
        assertThat(refused.detail()).isEqualTo("the file declares a DOCTYPE; statement files never do, and it is"
                + " refused so that no entity in it is expanded or fetched");
    }

    @Test
    @DisplayName("an end tag that closes nothing")
    void strayEndTag() {
        UnreadableStatement refused = refusal(() -> readFrench(Samples.text(FRENCH, WINDOWS_1252)
                .replace("</BANKTRANLIST>", "</BANKTRANLST>")));

        assertThat(refused.place()).isEqualTo("line 98");
        assertThat(refused.detail()).isEqualTo("</BANKTRANLST> closes no open <BANKTRANLST>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<TRNAMT>1250,00|<TRNAMT>1.250,00|STMTTRN[4]/TRNAMT (line 69)|TRNAMT '1.250,00' is not an amount with '.' as the decimal separator (such as -1,234.56 or 1 234.56)",
            "<TRNAMT>1250,00|<TRNAMT>douze|STMTTRN[4]/TRNAMT (line 69)|TRNAMT 'douze' is not an amount with '.' as the decimal separator (such as -1,234.56 or 1 234.56)",
            "<DTPOSTED>20260305|<DTPOSTED>2026-03-05|STMTTRN[4]/DTPOSTED (line 68)|DTPOSTED '2026-03-05' is not an OFX date such as 20260302 or 20260302120000.000[-5:EST]",
            "<DTPOSTED>20260305|<DTPOSTED>20260230|STMTTRN[4]/DTPOSTED (line 68)|DTPOSTED '20260230' is not an OFX date such as 20260302 or 20260302120000.000[-5:EST]"})
    @DisplayName("a transaction field that cannot be read, after good transactions")
    void badField(String written, String replacement, String place, String detail) {
        String file = Samples.text(FRENCH, WINDOWS_1252);
        assertThat(file).contains(written);

        UnreadableStatement refused = refusal(() -> readFrench(file.replace(written, replacement)));

        assertThat(refused.place()).isEqualTo(place);
        assertThat(refused.detail()).isEqualTo(detail);
    }

    @Test
    @DisplayName("a transaction without its amount")
    void missingAmount() {
        UnreadableStatement refused = refusal(() -> readFrench(Samples.text(FRENCH, WINDOWS_1252)
                .replace("<TRNAMT>1250,00\r\n", "")));

        assertThat(refused.place()).isEqualTo("STMTTRN[4] (line 66)");
        assertThat(refused.detail()).isEqualTo("the transaction has no TRNAMT (its signed amount), which every OFX"
                + " STMTTRN must have");
    }

    @Test
    @DisplayName("the RIB of another account")
    void otherRib() {
        UnreadableStatement refused = refusal(() -> reader.read(Samples.open(FRENCH),
                new Target(Iban.of("FR7630003012340005001234509"), CurrencyCode.EUR, null)));

        assertThat(refused.place()).isEqualTo("STMTRS (line 29)");
        assertThat(refused.detail()).isEqualTo("none of the file's statements is of the bank account's IBAN"
                + " FR7630003012340005001234509: the file holds the statements of account 30004 00823 00010123456");
    }

    @Test
    @DisplayName("an ACCTID holding another IBAN")
    void otherIban() {
        String file = Samples.text(FRENCH, WINDOWS_1252).replace("<ACCTID>00010123456", "<ACCTID>DE89370400440532013000");

        UnreadableStatement refused = refusal(() -> readFrench(file));

        assertThat(refused.detail()).isEqualTo("none of the file's statements is of the bank account's IBAN"
                + " FR7630004008230001012345669: the file holds the statements of DE89370400440532013000");
    }

    @Test
    @DisplayName("a statement in dollars for a euro account")
    void otherCurrency() {
        UnreadableStatement refused = refusal(() -> readFrench(Samples.text(FRENCH, WINDOWS_1252)
                .replace("<CURDEF>EUR", "<CURDEF>USD")));

        assertThat(refused.place()).isEqualTo("STMTRS/CURDEF (line 30)");
        assertThat(refused.detail()).isEqualTo("the entry is in USD, the bank account in EUR; import this file into the"
                + " bank account kept in USD");
    }

    @Test
    @DisplayName("one transaction in another currency than the statement's")
    void transactionInOtherCurrency() {
        UnreadableStatement refused = refusal(() -> readFrench(Samples.text(FRENCH, WINDOWS_1252)
                .replace("<FITID>2026031000003\r\n", "<FITID>2026031000003\r\n<CURRENCY>\r\n<CURRATE>1.0842\r\n"
                        + "<CURSYM>USD\r\n</CURRENCY>\r\n")));

        assertThat(refused.place()).isEqualTo("STMTTRN[5]/CURRENCY/CURSYM (line 81)");
        assertThat(refused.detail()).startsWith("the entry is in USD, the bank account in EUR");
    }

    @Test
    @DisplayName("an OFX file without any statement")
    void noStatement() {
        String file = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n"
                + "<SEVERITY>INFO\n</STATUS>\n</SONRS>\n</SIGNONMSGSRSV1>\n</OFX>\n";

        UnreadableStatement refused = refusal(() -> readFrench(file));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("the OFX file holds no bank statement (STMTRS) and no credit-card"
                + " statement (CCSTMTRS)");
    }

    @Test
    @DisplayName("an OFX header followed by something else than <OFX>")
    void headerOnly() {
        UnreadableStatement refused = refusal(() -> readFrench("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n"));

        assertThat(refused.place()).isNull();
        assertThat(refused.detail()).isEqualTo("the OFX header is not followed by <OFX>: the file is cut short or not OFX");
    }

    private void readFrench(String file) {
        reader.read(Samples.file(file, WINDOWS_1252), FRENCH_ACCOUNT);
    }
}
