package org.banksync.bootstrap.benchmark;

import jakarta.json.JsonObject;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.Multipart;
import org.banksync.bootstrap.testing.StatementAccounts;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BENCHMARKS.md's import benchmark, run with {@code mvn -B -Pbenchmark verify}: a CAMT.053 statement
 * of 40,000 entries (about 17 MB, under the 20 MB limit) and a CSV export of 100,000 rows, each
 * uploaded over the API into a new account, then uploaded again (every row found unchanged). Times
 * the whole request as a client sees it; asserts only the counts.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "banksync.benchmark", matches = "true")
class ImportBenchmarkIT {

    private static final String IBAN = "FR7630003012340005012345665";
    private static final String CSV_LAYOUT = """
            {"delimiter":";","dateColumn":"Date","dateFormat":"dd/MM/yyyy","amountColumn":"Montant","decimalSeparator":",",
             "descriptionColumn":"Libellé","referenceColumn":"Référence"}""";

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final Http admin = Http.basic(TestEnvironmentSession.banksync(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);

    @Test
    void importsLargeStatements() throws Exception {
        StringBuilder report = new StringBuilder();
        byte[] camt = camt(40_000);
        report.append(measure("CAMT.053, 40,000 entries", camt, "statement.xml", null, 40_000));
        byte[] csv = csv(100_000);
        report.append(measure("CSV, 100,000 rows", csv, "export.csv", CSV_LAYOUT, 100_000));
        System.out.println("[benchmark] " + report.toString().replace("\n", "\n[benchmark] "));
        Path artifacts = Path.of(System.getProperty("banksync.test.artifacts", "target/test-artifacts"));
        Files.createDirectories(artifacts);
        Files.writeString(artifacts.resolve("import-benchmark.txt"), report);
    }

    private String measure(String label, byte[] file, String name, String layout, int rows) {
        String account = account();
        long start = System.nanoTime();
        JsonObject first = upload(account, file, name, layout);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(first.getInt("created")).isEqualTo(rows);
        start = System.nanoTime();
        JsonObject again = upload(account, file, name, null);
        double againSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(again.getInt("unchanged")).isEqualTo(rows);
        return String.format(Locale.ROOT, "%s (%.1f MB): first import %.1f s, %.0f rows/s; again (all unchanged) %.1f s, %.0f rows/s%n",
                label, file.length / 1e6, firstSeconds, rows / firstSeconds, againSeconds, rows / againSeconds);
    }

    private JsonObject upload(String account, byte[] file, String name, String layout) {
        Multipart form = new Multipart().file("file", name, file);
        if (layout != null) {
            form.field("csvLayout", layout);
        }
        HttpResponse<String> answer = admin.postMultipart("api/v1/bank-accounts/" + account + "/imports", form);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Http.json(answer);
    }

    private String account() {
        return StatementAccounts.fresh(admin, "Benchmark", IBAN);
    }

    private static byte[] camt(int entries) {
        StringBuilder xml = new StringBuilder(entries * 450);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">")
                .append("<BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-11-26T06:00:00</CreDtTm></GrpHdr><Stmt><Id>1</Id>")
                .append("<CreDtTm>2026-11-26T06:00:00</CreDtTm><Acct><Id><IBAN>").append(IBAN).append("</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < entries; i++) {
            LocalDate date = day.plusDays(i / 40);
            boolean credit = i % 7 == 0;
            xml.append("<Ntry><Amt Ccy=\"EUR\">").append(amount(i)).append("</Amt><CdtDbtInd>").append(credit ? "CRDT" : "DBIT")
                    .append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>").append(date).append("</Dt></BookgDt><ValDt><Dt>")
                    .append(date).append("</Dt></ValDt><AcctSvcrRef>BENCH").append(i).append("</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd>")
                    .append("<Fmly><Cd>CCRD</Cd><SubFmlyCd>POSD</SubFmlyCd></Fmly></Domn></BkTxCd><AddtlNtryInf>CARTE X4821 ")
                    .append(date).append(" MAGASIN NUMERO ").append(i % 997).append("</AddtlNtryInf></Ntry>\n");
        }
        xml.append("</Stmt></BkToCstmrStmt></Document>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder(rows * 60).append("Date;Libellé;Montant;Référence\n");
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate date = day.plusDays(i / 100);
            csv.append(String.format(Locale.ROOT, "%02d/%02d/%d;CB MAGASIN %d;%s%s;REF%d%n", date.getDayOfMonth(), date.getMonthValue(),
                    date.getYear(), i % 997, i % 7 == 0 ? "" : "-", amount(i).replace('.', ','), i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String amount(int i) {
        return (i % 500 + 1) + "." + String.format(Locale.ROOT, "%02d", i % 100);
    }
}
