package org.banksync.adapters.web.ui.transaction;

import org.banksync.application.transaction.port.in.TransactionFilter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionCsvTest {

    private static final List<String> HEADER = List.of("Date", "Date de valeur", "Compte", "Libellé", "Montant", "Devise",
            "Catégorie", "Statut");

    private String export(FakeTransactions find, Locale locale) {
        TransactionRows rows = new TransactionRows(Map.of(find.account.toString(), "Compte courant"), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TransactionCsv(find, rows, locale, HEADER, Map.of("BOOKED", "Comptabilisée")).write(TransactionFilter.none(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the CSV is what French Excel opens: BOM, semicolons, CRLF, ISO dates, exact amounts with a decimal comma")
    void frenchExcelShape() {
        FakeTransactions find = new FakeTransactions().add("-194.00", "CB Idfs G").add("2500.123", "VIR; \"SALAIRE\"");

        String csv = export(find, Locale.FRENCH);

        assertThat(csv).startsWith("\uFEFFDate;Date de valeur;Compte;Libellé;Montant;Devise;Catégorie;Statut\r\n");
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFDate;Date de valeur;Compte;Libellé;Montant;Devise;Catégorie;Statut",
                "2026-03-31;;Compte courant;CB Idfs G;-194,00;EUR;;Comptabilisée",
                "2026-03-30;;Compte courant;\"VIR; \"\"SALAIRE\"\"\";2500,123;EUR;;Comptabilisée");
    }

    @Test
    @DisplayName("the export reads the list 500 rows at a time until its end")
    void streamsPageByPage() {
        FakeTransactions find = new FakeTransactions().addMany(1203);

        String csv = export(find, Locale.ENGLISH);

        assertThat(csv.split("\r\n")).hasSize(1204);
        assertThat(find.asked).hasSize(3).allMatch(page -> page.limit() == 500);
        assertThat(csv).contains(";-1.10;EUR;");
    }

    @Test
    @DisplayName("text a spreadsheet would run as a formula is neutralised")
    void noFormulas() {
        assertThat(TransactionCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TransactionCsv.text("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(TransactionCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TransactionCsv.text("PRLV EDF")).isEqualTo("PRLV EDF");
    }
}
