package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.Row;
import org.banksync.adapters.fileimport.statement.Samples;
import org.banksync.application.statement.port.out.StatementReader.Statement;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.fileimport.statement.Row.CONTENT_KEY;

@DisplayName("An OFX statement, SGML or XML, bank or card, is read into its rows")
class OfxReaderTest {

    static final String FRENCH = "ofx102-french-bank-1252.ofx";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Target FRENCH_ACCOUNT = new Target(Iban.of("FR7630004008230001012345669"), CurrencyCode.EUR, null);
    private static final Target US_ACCOUNT = new Target(null, CurrencyCode.of("USD"), null);

    private final OfxReader reader = new OfxReader();

    @Test
    @DisplayName("OFX 1.02 from a French bank: windows-1252 accents, comma decimals, unclosed and closed leaves, the RIB matched")
    void frenchSgml() {
        Statement statement = reader.read(Samples.open(FRENCH), FRENCH_ACCOUNT);

        assertThat(statement.accountIban()).isEqualTo(Iban.of("FR7630004008230001012345669"));
        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("2026030200012", "2026-03-02", "null", "-84.20", "PRLV SEPA ÉLECTRICITÉ DE FRANCE"),
                new Row("2026030300044", "2026-03-02", "null", "-4.60", "CB BOULANGERIE LA CRÈME 02/03"),
                new Row("2026030300045", "2026-03-02", "null", "-4.60", "CB BOULANGERIE LA CRÈME 02/03"),
                new Row("2026030500007", "2026-03-05", "null", "1250.00", "VIR SEPA RECU M&M CONSEIL"),
                new Row("2026031000003", "2026-03-10", "null", "-320.00", "CHEQUE 8450123"),
                new Row("2026031500002", "2026-03-14", "null", "-60.00", "RETRAIT DAB 14/03 23H59 LYON"),
                new Row("2026033100001", "2026-03-31", "null", "-7.50", "COTISATION OFFRE ESSENTIEL"));
        assertThat(statement.rows()).extracting(SourceTransaction::rawDescription).containsExactly(
                "PRLV SEPA ÉLECTRICITÉ DE FRANCE ÉCHÉANCE MARS CLIENT 6021458", "CB BOULANGERIE LA CRÈME 02/03",
                "CB BOULANGERIE LA CRÈME 02/03", "VIR SEPA RECU M&M CONSEIL HONORAIRES FÉVRIER", "CHEQUE 8450123",
                "RETRAIT DAB 14/03 23H59 LYON", "COTISATION OFFRE ESSENTIEL FRAIS MARS 2026");
        assertThat(statement.rows()).extracting(SourceTransaction::operationType)
                .containsExactly("DIRECTDEBIT", "POS", "POS", "CREDIT", "CHECK", "ATM", "FEE");
        assertThat(statement.rows()).as("booked on DTPOSTED; the row's date is DTUSER when given").extracting(row -> row.bookingDate().toString())
                .containsExactly("2026-03-02", "2026-03-03", "2026-03-03", "2026-03-05", "2026-03-10", "2026-03-14", "2026-03-31");
        assertThat(statement.rows()).allSatisfy(row -> {
            assertThat(row.source()).isEqualTo(TransactionSource.OFX);
            assertThat(row.amount().currency()).isEqualTo(CurrencyCode.EUR);
            assertThat(row.valueDate()).as("no DTAVAIL in this file").isNull();
            assertThat(row.future()).isFalse();
        });
        assertThat(statement.skipped()).isEmpty();
    }

    @Test
    @DisplayName("OFX 2.2 from a US bank: XML, the day of DTPOSTED as written whatever its zone, PAYEE/NAME, an entity")
    void usCheckingXml() {
        Statement statement = reader.read(Samples.open("ofx220-us-bank-checking.ofx"), US_ACCOUNT);

        assertThat(statement.accountIban()).isNull();
        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("202603020000184", "2026-03-02", "null", "4218.77", "ACME CORP PAYROLL PPD"),
                new Row("202603030000031", "2026-03-03", "null", "-1450.00", "CHECK 1043"),
                new Row("202603050000077", "2026-03-05", "null", "-86.42", "PG&E WEB ONLINE"),
                new Row("202603060000012", "2026-03-05", "null", "-23.17", "TRADER JOE'S #552"),
                new Row("202603100000009", "2026-03-10", "null", "-200.00", "ATM WITHDRAWAL 0310 MARKET ST"),
                new Row("202603310000001", "2026-03-31", "null", "-12.00", "MONTHLY SERVICE FEE"),
                new Row("202603310000002", "2026-03-31", "null", "0.37", "INTEREST PAYMENT"));
        assertThat(statement.rows().get(3).rawDescription()).isEqualTo("TRADER JOE'S #552 POS PURCHASE 03/05");
        assertThat(statement.rows()).extracting(SourceTransaction::operationType)
                .containsExactly("DIRECTDEP", "CHECK", "DEBIT", "POS", "ATM", "FEE", "INT");
    }

    @Test
    @DisplayName("OFX 2.2 credit-card statement: purchases out, payment and refund in, a foreign purchase already in dollars")
    void usCreditCard() {
        Statement statement = reader.read(Samples.open("ofx220-us-credit-card.ofx"), US_ACCOUNT);

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("2461337006300441207", "2026-03-03", "null", "-64.99", "AMAZON MKTPL*2K4RT1"),
                new Row("2469216006800871733", "2026-03-07", "null", "-54.21", "HOTEL LE PETIT PARIS"),
                new Row("2469216006800871734", "2026-03-09", "null", "-1.63", "FOREIGN TRANSACTION FEE"),
                new Row("2400000007400000015", "2026-03-15", "null", "850.00", "PAYMENT THANK YOU"),
                new Row("2461337008100552216", "2026-03-21", "null", "19.99", "AMAZON MKTPL REFUND"));
        assertThat(statement.rows()).allSatisfy(row ->
                assertThat(row.amount().currency()).isEqualTo(CurrencyCode.of("USD")));
    }

    @Test
    @DisplayName("a card number cannot be compared with an IBAN: the card statement is read for the account")
    void cardForAnIbanAccount() {
        Statement statement = reader.read(Samples.open("ofx220-us-credit-card.ofx"),
                new Target(Iban.of("GB29NWBK60161331926819"), CurrencyCode.of("USD"), null));

        assertThat(statement.accountIban()).isNull();
        assertThat(statement.rows()).hasSize(5);
    }

    @Test
    @DisplayName("an ACCTID holding an IBAN is compared as one, and returned")
    void ibanInAccountId() {
        String file = Samples.text(FRENCH, WINDOWS_1252).replace("<BANKID>30004\r\n<BRANCHID>00823\r\n<ACCTID>00010123456",
                "<BANKID>30004\r\n<ACCTID>FR76 3000 4008 2300 0101 2345 669");

        Statement statement = reader.read(Samples.file(file, WINDOWS_1252), FRENCH_ACCOUNT);

        assertThat(statement.accountIban()).isEqualTo(Iban.of("FR7630004008230001012345669"));
        assertThat(statement.rows()).hasSize(7);
    }

    @Test
    @DisplayName("an account number with its RIB key, and no branch, still names the French IBAN")
    void ribWithKey() {
        String file = Samples.text(FRENCH, WINDOWS_1252).replace("<BRANCHID>00823\r\n<ACCTID>00010123456",
                "<ACCTID>0001012345669");

        Statement statement = reader.read(Samples.file(file, WINDOWS_1252), FRENCH_ACCOUNT);

        assertThat(statement.accountIban()).isEqualTo(Iban.of("FR7630004008230001012345669"));
    }

    @Test
    @DisplayName("a bank account without IBAN takes the file's one statement")
    void targetWithoutIban() {
        Statement statement = reader.read(Samples.open(FRENCH), new Target(null, CurrencyCode.EUR, null));

        assertThat(statement.accountIban()).isNull();
        assertThat(statement.rows()).hasSize(7);
    }

    @Test
    @DisplayName("transactions without FITID get content keys: identical ones two keys, the same on a re-read")
    void withoutFitid() {
        String file = Samples.text(FRENCH, WINDOWS_1252).replaceAll("<FITID>\\d+\r\n", "");

        List<String> first = Row.ids(reader.read(Samples.file(file, WINDOWS_1252), FRENCH_ACCOUNT).rows());
        List<String> second = Row.ids(reader.read(Samples.file(file, WINDOWS_1252), FRENCH_ACCOUNT).rows());

        assertThat(first).hasSize(7).allMatch(id -> id.matches("h:[0-9a-f]{32}")).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
        assertThat(Row.of(reader.read(Samples.file(file, WINDOWS_1252), FRENCH_ACCOUNT).rows()).get(1).id())
                .isEqualTo(CONTENT_KEY);
    }

    @Test
    @DisplayName("a UTF-8 OFX 1.x file says so in its header")
    void utf8Sgml() {
        String file = Samples.text(FRENCH, WINDOWS_1252).replace("ENCODING:USASCII", "ENCODING:UTF-8")
                .replace("CHARSET:1252", "CHARSET:NONE");

        Statement statement = reader.read(Samples.file(file, StandardCharsets.UTF_8), FRENCH_ACCOUNT);

        assertThat(statement.rows().get(0).description()).isEqualTo("PRLV SEPA ÉLECTRICITÉ DE FRANCE");
    }

    @Test
    @DisplayName("recognizes OFX by its header or its <?OFX instruction, and nothing else")
    void recognizes() {
        assertThat(reader.recognizes(Samples.head(FRENCH))).isTrue();
        assertThat(reader.recognizes(Samples.head("ofx220-us-bank-checking.ofx"))).isTrue();
        assertThat(reader.recognizes("\uFEFF\r\n OFXHEADER:100\r\nDATA:OFXSGML".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(reader.recognizes("<OFX>\n<SIGNONMSGSRSV1>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(reader.recognizes(Samples.head("camt053-v02-german-bank-batch.xml"))).isFalse();
        assertThat(reader.recognizes(Samples.head("csv-us-bank.csv"))).isFalse();
        assertThat(reader.recognizes(new byte[0])).isFalse();
        assertThat(reader.format()).isEqualTo(TransactionSource.OFX);
    }
}
