package org.banksync.adapters.fileimport.camt;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.fileimport.statement.Row.CONTENT_KEY;

@DisplayName("A camt.053 statement of each version is read into its rows")
class Camt053VersionsTest {

    private final Camt053Reader reader = new Camt053Reader();

    @Test
    @DisplayName(".02, German bank: a batch whose TxDtls add up becomes one row each; ids from AcctSvcrRef, #n, EndToEndId or content")
    void germanBatchVersion02() {
        Statement statement = read("camt053-v02-german-bank-batch.xml", "DE89370400440532013000", "EUR");

        assertThat(statement.accountIban()).isEqualTo(Iban.of("DE89370400440532013000"));
        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("2026030212345001", "2026-03-02", "2026-03-02", "3250.00",
                        "Beispiel Bau AG Rechnung RE-2026-0117 vom 12.02.2026"),
                new Row("2026030212345002#1", "2026-03-02", "2026-03-02", "-1200.00",
                        "Vermietung Schulz KG Miete Maerz 2026 Lager Ehrenfeld"),
                new Row("2026030212345002#2", "2026-03-02", "2026-03-02", "-540.50",
                        "Stadtwerke Köln GmbH Abschlag Strom Kd-Nr 4711-0815"),
                new Row("2026030212345002#3", "2026-03-02", "2026-03-02", "-100.00",
                        "Förderverein Kita Sonnenschein e.V. Spende Sommerfest"),
                new Row("e2e:NF-RG-260301-7781", "2026-03-03", "2026-03-03", "-89.99",
                        "Netzfunk Mobil GmbH Rechnung 0301 Kundennr 7781 Mobilfunk"),
                new Row(CONTENT_KEY, "2026-03-03", "2026-03-03", "-23.40", "KARTENZAHLUNG REWE MARKT KOELN 03.03 12:14"),
                new Row("2026030312345005", "2026-03-03", "2026-03-04", "500.00", "SEPA-SAMMELGUTSCHRIFT"));
        assertThat(statement.rows()).extracting(SourceTransaction::operationType).containsExactly(
                "PMNT/RCDT/ESCT", "PMNT/ICDT/ESCT", "PMNT/ICDT/ESCT", "PMNT/ICDT/ESCT", "PMNT/RDDT/ESDD",
                "PMNT/CCRD/POSD", "PMNT/RCDT/ESCT");
        assertThat(statement.rows()).extracting(SourceTransaction::rawDescription).containsExactly(
                "SEPA-GUTSCHRIFT", "Miete Maerz 2026 Lager Ehrenfeld", "Abschlag Strom Kd-Nr 4711-0815",
                "Spende Sommerfest", "SEPA-BASISLASTSCHRIFT", "KARTENZAHLUNG REWE MARKT KOELN 03.03 12:14",
                "SEPA-SAMMELGUTSCHRIFT");
        assertThat(statement.rows()).allSatisfy(row -> {
            assertThat(row.source()).isEqualTo(TransactionSource.CAMT053);
            assertThat(row.amount().currency()).isEqualTo(CurrencyCode.EUR);
            assertThat(row.bookingDate()).isEqualTo(row.date());
            assertThat(row.future()).isFalse();
            assertThat(row.deleted()).isFalse();
            assertThat(row.providerCategoryExternalId()).isNull();
            assertThat(row.updatedAt()).isNull();
        });
        assertThat(statement.skipped()).isEmpty();
    }

    @Test
    @DisplayName(".03, Austrian club: collected direct debits split by TxDtls/Amt, and a returned one (RvslInd) taken back")
    void austrianCollectionsVersion03() {
        Statement statement = read("camt053-v03-austrian-bank-collections.xml", "AT611904300234573201", "EUR");

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("e2e:MITGL-2026-0042", "2026-03-05", "2026-03-05", "75.00", "Anna Huber Mitgliedsbeitrag 2026"),
                new Row("e2e:MITGL-2026-0043", "2026-03-05", "2026-03-05", "75.00", "Josef Gruber Mitgliedsbeitrag 2026"),
                new Row("AT26030900042", "2026-03-09", "2026-03-05", "-75.00", "Josef Gruber Mitgliedsbeitrag 2026"),
                new Row("AT26030900043", "2026-03-09", "2026-03-09", "-0.35", "Spesen Rücklastschrift"));
        assertThat(statement.rows().get(2).rawDescription()).isEqualTo("RUECKLASTSCHRIFT MANGELNDE DECKUNG");
        assertThat(statement.rows().get(2).operationType()).isEqualTo("PMNT/IDDT/UPDD");
        assertThat(statement.rows().get(3).operationType()).isEqualTo("FEE");
    }

    @Test
    @DisplayName(".04, Dutch bank: a pending entry and an INFO entry are left out and said so, a reversal credits back")
    void dutchPendingAndInfoVersion04() {
        Statement statement = read("camt053-v04-dutch-bank-pending-info.xml", "NL20INGB0001234567", "EUR");

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("NL26031000001", "2026-03-10", "2026-03-10", "-64.95", "Energie Direct B.V. Termijnbedrag maart 2026"),
                new Row("NL26031000002", "2026-03-10", "2026-03-10", "-49.90", "Webwinkel Noord B.V. Bestelling 2026-118834"),
                new Row("NL26031200003", "2026-03-12", "2026-03-10", "49.90", "Webwinkel Noord B.V. Bestelling 2026-118834"));
        assertThat(statement.rows()).extracting(SourceTransaction::future).containsOnly(false);
        assertThat(statement.skipped()).hasSize(2);
        assertThat(statement.skipped().get(0)).startsWith("Stmt[1]/Ntry[3]").contains("pending entry (Sts PDNG) of -12.50 EUR on"
                + " 2026-03-11, not imported: it is imported from the statement that books it");
        assertThat(statement.skipped().get(1)).isEqualTo("Stmt[1]/Ntry[4] (line 125): information-only entry (Sts INFO)"
                + " of 2500.00 EUR on 2026-03-13, not imported");
    }

    @Test
    @DisplayName(".05, Swiss bank: a US dollar account's statement is read in USD")
    void swissDollarAccountVersion05() {
        Statement statement = read("camt053-v05-swiss-bank-usd.xml", "CH9300762011623852957", "USD");

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("CH-USD-0316-001", "2026-03-16", "2026-03-17", "12500.00", "Northwind Traders Inc. INV 2026-031"),
                new Row("CH-USD-0317-002", "2026-03-17", "2026-03-17", "-3480.25", "Pacific Components LLC PO 88123"),
                new Row("CH-USD-0317-003", "2026-03-17", "2026-03-17", "-25.00", "Payment commission"));
        assertThat(statement.rows()).allSatisfy(row ->
                assertThat(row.amount().currency()).isEqualTo(CurrencyCode.of("USD")));
        assertThat(statement.rows()).extracting(SourceTransaction::operationType)
                .containsExactly("PMNT/RCDT/XBCT", "PMNT/ICDT/XBCT", "FEE");
    }

    @Test
    @DisplayName(".06, Belgian bank: DtTm dates keep the day as written, even just after midnight")
    void belgianDateTimesVersion06() {
        Statement statement = read("camt053-v06-belgian-bank-overlap.xml", "BE68539007547034", "EUR");

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row(CONTENT_KEY, "2026-03-19", "2026-03-19", "-3.20", "BANCONTACT CAFE MOKA BRUXELLES"),
                new Row(CONTENT_KEY, "2026-03-19", "2026-03-19", "-3.20", "BANCONTACT  CAFE MOKA  BRUXELLES"),
                new Row(CONTENT_KEY, "2026-03-19", "2026-03-19", "-17.60", "BANCONTACT FRITERIE TRAMWAY"),
                new Row(CONTENT_KEY, "2026-03-20", "2026-03-20", "-8.90", "BANCONTACT NIGHT SHOP IXELLES"),
                new Row(CONTENT_KEY, "2026-03-20", "2026-03-20", "-3.20", "BANCONTACT CAFE MOKA BRUXELLES"));
    }

    @Test
    @DisplayName(".07, two accounts in one file: only the target account's statement is read, the other is reported")
    void twoAccountsVersion07() {
        Statement euros = read("camt053-v07-two-accounts-eur-usd.xml", "DE44500105175407324931", "EUR");
        Statement dollars = read("camt053-v07-two-accounts-eur-usd.xml", "DE27100200300012345678", "USD");

        assertThat(euros.accountIban()).isEqualTo(Iban.of("DE44500105175407324931"));
        assertThat(Row.of(euros.rows())).containsExactly(
                new Row("EUR-0320-01", "2026-03-20", "2026-03-20", "-1250.00", "Lieferant Meyer GmbH RG 2026-0456"),
                new Row("EUR-0320-02", "2026-03-20", "2026-03-20", "980.00", "Kunde Schmidt OHG RG 2026-0311"));
        assertThat(euros.skipped()).containsExactly("Stmt[2] (line 132): statement of DE27100200300012345678 (USD),"
                + " another account; its 2 entries were not read");
        assertThat(dollars.accountIban()).isEqualTo(Iban.of("DE27100200300012345678"));
        assertThat(Row.of(dollars.rows())).containsExactly(
                new Row("USD-0320-01", "2026-03-20", "2026-03-20", "4000.00", "Acme Corp. Invoice 7781"),
                new Row("USD-0320-02", "2026-03-20", "2026-03-20", "-150.00", "FX commission"));
        assertThat(dollars.skipped()).containsExactly("Stmt[1] (line 8): statement of DE44500105175407324931 (EUR),"
                + " another account; its 2 entries were not read");
    }

    @Test
    @DisplayName(".08, French bank: party names under Pty, Sts as a code, several Ustrd joined, a pending credit left out")
    void frenchBankVersion08() {
        Statement statement = read("camt053-v08-french-bank.xml", "FR7630004008230001012345669", "EUR");

        assertThat(Row.of(statement.rows())).containsExactly(
                new Row("FR26032300001", "2026-03-23", "2026-03-23", "2400.00", "SARL LES ATELIERS RÉUNIS Facture F2026-0142"),
                new Row("FR26032400002", "2026-03-24", "2026-03-24", "-842.00",
                        "URSSAF ÎLE-DE-FRANCE Cotisations février 2026 Réf. 117 000 4567"),
                new Row(CONTENT_KEY, "2026-03-24", "2026-03-23", "-56.80", "PAIEMENT CB 2303 PARIS BOULANGERIE DU MARCHÉ"),
                new Row("FR26032500004", "2026-03-25", "2026-03-25", "-12.00", "FRAIS TENUE DE COMPTE MARS"));
        assertThat(statement.skipped()).singleElement().asString().startsWith("Stmt[1]/Ntry[5]")
                .contains("pending entry (Sts PDNG) of 300.00 EUR on 2026-03-26");
        assertThat(statement.rows().get(0).rawDescription()).isEqualTo("VIR SEPA RECU /DE SARL LES ATELIERS RÉUNIS");
        assertThat(statement.rows().get(3).operationType()).isEqualTo("FRAIS");
    }

    @ParameterizedTest(name = "camt.053.001.{0}")
    @ValueSource(strings = {"09", "10", "11", "12", "13"})
    @DisplayName("later versions, .09 to .13, are accepted by their namespace")
    void laterVersions(String version) {
        String file = Samples.text("camt053-v08-french-bank.xml")
                .replace("camt.053.001.08", "camt.053.001." + version);

        Statement statement = reader.read(Samples.file(file),
                new Target(Iban.of("FR7630004008230001012345669"), CurrencyCode.EUR, null));

        assertThat(statement.rows()).hasSize(4);
    }

    @Test
    @DisplayName("elements under a namespace prefix, as some banks' generators write them")
    void namespacePrefix() {
        String file = Samples.text("camt053-v05-swiss-bank-usd.xml")
                .replace("xmlns=\"urn:", "xmlns:ns2=\"urn:")
                .replaceAll("<(/?)([A-Z][A-Za-z]*)", "<$1ns2:$2");

        Statement statement = reader.read(Samples.file(file),
                new Target(Iban.of("CH9300762011623852957"), CurrencyCode.of("USD"), null));

        assertThat(Row.of(statement.rows())).extracting(Row::amount).containsExactly("12500.00", "-3480.25", "-25.00");
    }

    @Test
    @DisplayName("a bank account without IBAN gets the statement of a file that holds only one")
    void targetWithoutIban() {
        Statement statement = reader.read(Samples.open("camt053-v05-swiss-bank-usd.xml"),
                new Target(null, CurrencyCode.of("USD"), null));

        assertThat(statement.accountIban()).isEqualTo(Iban.of("CH9300762011623852957"));
        assertThat(statement.rows()).hasSize(3);
    }

    @Test
    @DisplayName("recognizes camt messages by their namespace (camt.052 and .054 too, so that they are refused by name), and nothing else")
    void recognizes() {
        assertThat(reader.recognizes(Samples.head("camt053-v02-german-bank-batch.xml"))).isTrue();
        assertThat(reader.recognizes(Samples.head("camt053-v08-french-bank.xml"))).isTrue();
        assertThat(reader.recognizes("\uFEFF<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(reader.recognizes(Samples.head("ofx220-us-bank-checking.ofx"))).isFalse();
        assertThat(reader.recognizes(Samples.head("csv-uk-bank.csv"))).isFalse();
        assertThat(reader.recognizes("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\">"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(reader.recognizes("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(reader.recognizes(new byte[0])).isFalse();
        assertThat(reader.format()).isEqualTo(TransactionSource.CAMT053);
    }

    private Statement read(String sample, String iban, String currency) {
        return reader.read(Samples.open(sample), new Target(Iban.of(iban), CurrencyCode.of(currency), null));
    }
}
