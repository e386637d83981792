package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.Samples;
import org.banksync.application.statement.port.out.StatementReader.Statement;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.fileimport.statement.Refusals.refusal;

@DisplayName("A camt.053 file that cannot be imported is refused whole, saying where and why")
class Camt053RefusalsTest {

    private static final String SWISS = "camt053-v05-swiss-bank-usd.xml";
    /** The third entry of the Swiss sample starts at line 127; its amount is on 128, CdtDbtInd 129, Sts 130, BookgDt/Dt 132. */
    private static final String THIRD_ENTRY = "<Amt Ccy=\"USD\">25.00</Amt>";
    private static final Target SWISS_ACCOUNT = new Target(Iban.of("CH9300762011623852957"), CurrencyCode.of("USD"), null);

    private final Camt053Reader reader = new Camt053Reader();

    @Nested
    @DisplayName("a file that is not a camt.053 statement")
    class NotAStatement {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "empty|",
                "white space only|'   \n\n  '"})
        @DisplayName("an empty file")
        void empty(String what, String content) {
            UnreadableStatement refused = refusal(() -> read(content == null ? "" : content, SWISS_ACCOUNT));

            assertThat(refused.place()).isNull();
            assertThat(refused.detail()).isEqualTo("the file is empty");
        }

        @Test
        @DisplayName("a CSV file")
        void notXml() {
            UnreadableStatement refused = refusal(() -> reader.read(Samples.open("csv-uk-bank.csv"), SWISS_ACCOUNT));

            assertThat(refused.place()).isNull();
            assertThat(refused.detail()).isEqualTo("this is not a camt.053 file: it is not XML (it starts with"
                    + " 'Date,Type,Description,Value,Balance,Acco...')");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "camt.052.001.08|this is a camt.052 report, not a camt.053 statement: ask the bank for its end-of-day statement (camt.053)",
                "camt.054.001.08|this is a camt.054 debit/credit notification, not a camt.053 statement: ask the bank for its end-of-day statement (camt.053)",
                "pain.001.001.09|unsupported message pain.001: only camt.053 statements are imported; a camt.053 statement is a <Document> in the namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN",
                "camt.053.001.01|unsupported camt.053 version camt.053.001.01: versions camt.053.001.02 to camt.053.001.13 are read",
                "camt.053.001.14|unsupported camt.053 version camt.053.001.14: versions camt.053.001.02 to camt.053.001.13 are read"})
        @DisplayName("another ISO 20022 message or an unknown version")
        void otherMessage(String message, String detail) {
            String file = Samples.text(SWISS).replace("camt.053.001.05", message);

            UnreadableStatement refused = refusal(() -> read(file, SWISS_ACCOUNT));

            assertThat(refused.place()).isNull();
            assertThat(refused.detail()).isEqualTo(detail);
        }

        @Test
        @DisplayName("XML without the ISO namespace")
        void otherXml() {
            UnreadableStatement refused = refusal(() -> read("<?xml version=\"1.0\"?>\n<Document><BkToCstmrStmt/></Document>",
                    SWISS_ACCOUNT));

            assertThat(refused.place()).isNull();
            assertThat(refused.detail()).isEqualTo("unsupported file: its root element is <Document> without a namespace;"
                    + " a camt.053 statement is a <Document> in the namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN");
        }

        @Test
        @DisplayName("a statement message without any Stmt")
        void noStatement() {
            UnreadableStatement refused = refusal(() -> read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                    + "<BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrStmt></Document>", SWISS_ACCOUNT));

            assertThat(refused.place()).isNull();
            assertThat(refused.detail()).isEqualTo("the file holds no statement (no Stmt in its BkToCstmrStmt)");
        }
    }

    @Nested
    @DisplayName("broken XML")
    class BrokenXml {

        @Test
        @DisplayName("a file cut short in its fourth entry gives none of the entries before")
        void truncated() {
            String whole = Samples.text("camt053-v02-german-bank-batch.xml");
            String cut = whole.substring(0, whole.indexOf("KARTENZAHLUNG"));

            UnreadableStatement refused = refusal(() -> read(cut,
                    new Target(Iban.of("DE89370400440532013000"), CurrencyCode.EUR, null)));

            assertThat(refused.place()).isEqualTo("line 266, column 23");
            assertThat(refused.detail()).isEqualTo("the XML is cut short or malformed:"
                    + " XML document structures must start and end within the same entity.");
        }

        @Test
        @DisplayName("mismatched tags")
        void mismatched() {
            String file = Samples.text(SWISS).replace("<Sts>BOOK</Sts>", "<Sts>BOOK</Status>");

            UnreadableStatement refused = refusal(() -> read(file, SWISS_ACCOUNT));

            assertThat(refused.place()).isEqualTo("line 53, column 20");
            assertThat(refused.detail()).startsWith("the XML is cut short or malformed: The element type \"Sts\" must be"
                    + " terminated by the matching end-tag \"</Sts>\".");
        }
    }

    @Nested
    @DisplayName("a DOCTYPE, refused before anything in it is used")
    class Doctype {

        @Test
        @DisplayName("billion laughs: nested entities are not expanded")
        void billionLaughs() {
            StringBuilder file = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [\n  <!ENTITY lol \"lol\">\n");
            for (int level = 1; level <= 9; level++) {
                file.append("  <!ENTITY lol").append(level).append(" \"")
                        .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">\n");
            }
            file.append("]>\n").append(Samples.text(SWISS).substring(Samples.text(SWISS).indexOf("<Document"))
                    .replace("Payment commission", "&lol9;"));

            UnreadableStatement refused = refusal(() -> read(file.toString(), SWISS_ACCOUNT));

            assertThat(refused.place()).isEqualTo("line 13, column 4");
            assertThat(refused.detail()).isEqualTo("the file declares a DOCTYPE; statement files never do, and it is"
                    + " refused so that no entity in it is expanded or fetched");
        }

        @Test
        @DisplayName("an external entity: the file it names is never read into the statement")
        void externalEntity(@TempDir Path folder) throws IOException {
            Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
            String file = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + Samples.text(SWISS).substring(Samples.text(SWISS).indexOf("<Document"))
                    .replace("Payment commission", "&leak;");

            UnreadableStatement refused = refusal(() -> read(file, SWISS_ACCOUNT));

            assertThat(refused.place()).isEqualTo("line 2, column " + (file.lines().toList().get(1).length() + 2));
            assertThat(refused.detail()).contains("declares a DOCTYPE").doesNotContain("TOP-SECRET");
        }

        @Test
        @DisplayName("an external DTD is not fetched")
        void externalDtd(@TempDir Path folder) throws IOException {
            Path dtd = Files.writeString(folder.resolve("camt.dtd"), "<!ENTITY leak \"from the DTD\">");
            String file = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \"" + dtd.toUri() + "\">\n"
                    + Samples.text(SWISS).substring(Samples.text(SWISS).indexOf("<Document"))
                    .replace("Payment commission", "&leak;");

            UnreadableStatement refused = refusal(() -> read(file, SWISS_ACCOUNT));

            assertThat(refused.detail()).contains("declares a DOCTYPE").doesNotContain("from the DTD");
        }
    }

    @Nested
    @DisplayName("an entry that cannot be read, after good ones: no rows at all")
    class BadEntry {

        @Test
        @DisplayName("an amount with a decimal comma")
        void malformedAmount() {
            UnreadableStatement refused = refusal(() -> readSwissWith(THIRD_ENTRY, "<Amt Ccy=\"USD\">25,00</Amt>"));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3]/Amt (line 128)");
            assertThat(refused.detail()).isEqualTo("the amount '25,00' is not a decimal number such as 1250.00"
                    + " (a point before the decimals, no sign)");
        }

        @Test
        @DisplayName("an amount without its currency")
        void amountWithoutCurrency() {
            UnreadableStatement refused = refusal(() -> readSwissWith(THIRD_ENTRY, "<Amt>25.00</Amt>"));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3]/Amt (line 128)");
            assertThat(refused.detail()).isEqualTo("the amount has no Ccy attribute naming its currency");
        }

        @Test
        @DisplayName("no amount at all")
        void missingAmount() {
            UnreadableStatement refused = refusal(() -> readSwissWith("        " + THIRD_ENTRY + "\n", "\n"));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3] (line 127)");
            assertThat(refused.detail()).isEqualTo("the Ntry has no Amt (the entry's amount), which a camt.053 Ntry must have");
        }

        @Test
        @DisplayName("an unknown credit/debit indicator")
        void unknownIndicator() {
            UnreadableStatement refused = refusal(() -> readSwissWith(THIRD_ENTRY + "\n        <CdtDbtInd>DBIT",
                    THIRD_ENTRY + "\n        <CdtDbtInd>DEBT"));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3]/CdtDbtInd (line 129)");
            assertThat(refused.detail()).isEqualTo("CdtDbtInd is 'DEBT'; expected CRDT (money in) or DBIT (money out)");
        }

        @Test
        @DisplayName("an unknown status")
        void unknownStatus() {
            UnreadableStatement refused = refusal(() -> readSwissWith(THIRD_ENTRY + "\n        <CdtDbtInd>DBIT</CdtDbtInd>\n"
                    + "        <Sts>BOOK", THIRD_ENTRY + "\n        <CdtDbtInd>DBIT</CdtDbtInd>\n        <Sts>DONE"));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3]/Sts (line 130)");
            assertThat(refused.detail()).isEqualTo("the entry status is 'DONE'; expected BOOK (booked), PDNG (pending),"
                    + " FUTR (future) or INFO (information only)");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "2026-02-30|'2026-02-30' is not a day of the calendar",
                "17.03.2026|'17.03.2026' is not an ISO date such as 2026-03-02 or date and time such as 2026-03-02T10:15:00+01:00"})
        @DisplayName("a booking date that is not a date")
        void malformedDate(String written, String detail) {
            String file = Samples.text(SWISS);
            int third = file.indexOf(THIRD_ENTRY);
            String broken = file.substring(0, third) + file.substring(third).replaceFirst("2026-03-17", written);

            UnreadableStatement refused = refusal(() -> read(broken, SWISS_ACCOUNT));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3]/BookgDt/Dt (line 132)");
            assertThat(refused.detail()).isEqualTo(detail);
        }

        @Test
        @DisplayName("an entry without any date")
        void undated() {
            String file = Samples.text(SWISS);
            int third = file.indexOf(THIRD_ENTRY);
            String broken = file.substring(0, third) + file.substring(third)
                    .replaceFirst("(?s)<BookgDt>.*?</ValDt>", "");

            UnreadableStatement refused = refusal(() -> read(broken, SWISS_ACCOUNT));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[3] (line 127)");
            assertThat(refused.detail()).isEqualTo("the entry has neither a BookgDt nor a ValDt, so it has no date");
        }
    }

    @Nested
    @DisplayName("another account or currency")
    class OtherAccount {

        @Test
        @DisplayName("a statement of another IBAN names the IBANs found and the account's")
        void otherIban() {
            UnreadableStatement refused = refusal(() -> reader.read(Samples.open("camt053-v02-german-bank-batch.xml"),
                    new Target(Iban.of("FR7630004008230001012345669"), CurrencyCode.EUR, null)));

            assertThat(refused.place()).isEqualTo("Stmt[1] (line 12)");
            assertThat(refused.detail()).isEqualTo("none of the file's statements is of the bank account's IBAN"
                    + " FR7630004008230001012345669: the file holds the statements of DE89370400440532013000 (EUR)");
        }

        @Test
        @DisplayName("two accounts and a bank account without IBAN to pick one")
        void severalAccountsNoIban() {
            UnreadableStatement refused = refusal(() -> reader.read(Samples.open("camt053-v07-two-accounts-eur-usd.xml"),
                    new Target(null, CurrencyCode.EUR, null)));

            assertThat(refused.place()).isEqualTo("Stmt[1] (line 8), Stmt[2] (line 132)");
            assertThat(refused.detail()).isEqualTo("the file holds the statements of 2 accounts (DE44500105175407324931 (EUR),"
                    + " DE27100200300012345678 (USD)) and the bank account has no IBAN to pick its own: give it its IBAN,"
                    + " or import a file of this account only");
        }

        @Test
        @DisplayName("entries in dollars for a euro account")
        void otherCurrency() {
            UnreadableStatement refused = refusal(() -> reader.read(Samples.open(SWISS),
                    new Target(Iban.of("CH9300762011623852957"), CurrencyCode.EUR, null)));

            assertThat(refused.place()).isEqualTo("Stmt[1]/Ntry[1]/Amt/@Ccy (line 51)");
            assertThat(refused.detail()).isEqualTo("the entry is in USD, the bank account in EUR; import this file into"
                    + " the bank account kept in USD");
        }

        @Test
        @DisplayName("the account's statement in a file of two, in the other account's currency")
        void accountOfTwoInOtherCurrency() {
            UnreadableStatement refused = refusal(() -> reader.read(Samples.open("camt053-v07-two-accounts-eur-usd.xml"),
                    new Target(Iban.of("DE27100200300012345678"), CurrencyCode.EUR, null)));

            assertThat(refused.place()).isEqualTo("Stmt[2]/Ntry[1]/Amt/@Ccy (line 175)");
            assertThat(refused.detail()).startsWith("the entry is in USD, the bank account in EUR");
        }

        @Test
        @DisplayName("a statement without its account")
        void noAccount() {
            String file = Samples.text(SWISS).replaceFirst("(?s)<Acct>.*?</Acct>", "");

            UnreadableStatement refused = refusal(() -> read(file, SWISS_ACCOUNT));

            assertThat(refused.place()).isEqualTo("Stmt[1] (line 9)");
            assertThat(refused.detail()).isEqualTo("the statement's entries come before its account (Acct)");
        }
    }

    private Statement readSwissWith(String written, String replacement) {
        String file = Samples.text(SWISS);
        assertThat(file).contains(written);
        return read(file.replace(written, replacement), SWISS_ACCOUNT);
    }

    private Statement read(String file, Target target) {
        return reader.read(Samples.file(file), target);
    }
}
