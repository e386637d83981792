package org.banksync.bootstrap.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.Multipart;
import org.banksync.bootstrap.testing.StatementAccounts;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statement files imported over the API into real PostgreSQL through the deployed WAR: every
 * amount and date as the bank wrote it, re-imports that create nothing twice, and each kind of
 * bad file refused with its place, nothing imported and a FAILED run in the history.
 */
@ExtendWith(ArquillianExtension.class)
class StatementImportIT {

    private static final String CSV_LAYOUT = """
            {"encoding":"UTF-8","delimiter":";","header":true,"skipLines":3,"dateColumn":"Date opération",
             "dateFormat":"dd/MM/yyyy","valueDateColumn":"Date valeur","debitColumn":"Débit","creditColumn":"Crédit",
             "decimalSeparator":",","descriptionColumn":"Libellé"}""";

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final URI base = TestEnvironmentSession.banksync();
    private final Http admin = Http.basic(base, "admin", TestEnvironmentSession.ADMIN_PASSWORD);

    @Test
    @DisplayName("a CAMT.053 statement imports every booked entry, batch lines one by one, leaves the pending one for the statement that books it; again, it creates nothing")
    void camt053() {
        String account = account("FR7630003012340005012345665");

        HttpResponse<String> imported = importFile(account, "camt053-v08-societe-generale.xml", null);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonObject run = Http.json(imported);
        assertThat(run.getString("trigger")).isEqualTo("IMPORT");
        assertThat(run.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("created")).isEqualTo(4);
        assertThat(imported.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/sync-runs/" + run.getString("id")));
        assertThat(rows(account)).containsExactlyInAnyOrder(
                "camt053 SG2026110200001 2026-11-02 2026-11-02 2400.00 BOOKED",
                "camt053 SG2026110200002 2026-11-02 2026-10-31 -63.71 BOOKED",
                "camt053 SG2026110200003-1 2026-11-02 2026-11-02 -450.00 BOOKED",
                "camt053 SG2026110200003-2 2026-11-02 2026-11-02 -350.00 BOOKED");

        JsonObject again = Http.json(importFile(account, "camt053-v08-societe-generale.xml", null));
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(4);
        assertThat(rows(account)).hasSize(4);
    }

    @Test
    @DisplayName("an OFX 1.02 file in windows-1252 with comma decimals imports by FITID, two identical coffees stay two, accents intact")
    void ofx() {
        String account = account("FR7618206004106001234567891");

        HttpResponse<String> imported = importFile(account, "ofx102-credit-agricole.ofx", null);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(rows(account)).containsExactlyInAnyOrder(
                "ofx 2026110100012 2026-11-01 2026-11-02 -42.50 BOOKED",
                "ofx 2026110100013 2026-11-01 null -42.50 BOOKED",
                "ofx 2026110200004 2026-11-02 null 1250.00 BOOKED",
                "ofx 2026110300001 2026-11-03 null -89.99 BOOKED");
        assertThat(admin.get("api/v1/transactions?bankAccountId=" + account).body()).contains("CAFÉ DES ARTS", "BÉRAUD");
        assertThat(Http.json(importFile(account, "ofx102-credit-agricole.ofx", null)).getInt("created")).isZero();
    }

    @Test
    @DisplayName("a CSV export imports with its layout, which is saved: the next import needs none and creates nothing twice")
    void csvWithSavedLayout() {
        String account = account("FR7630004008200001098765439");

        HttpResponse<String> imported = importFile(account, "releve-bnp.csv", CSV_LAYOUT);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        List<String> rows = rows(account);
        assertThat(rows).hasSize(4);
        assertThat(rows).map(row -> row.substring(row.indexOf(' ', 5) + 1)).containsExactlyInAnyOrder(
                "2026-11-04 2026-11-04 -23.40 BOOKED", "2026-11-04 2026-11-04 -23.40 BOOKED",
                "2026-11-03 2026-11-03 1980.00 BOOKED", "2026-11-02 2026-11-01 -1204.17 BOOKED");

        JsonObject saved = Http.json(admin.get("api/v1/bank-accounts/" + account + "/csv-layout"));
        assertThat(saved.getString("delimiter")).isEqualTo(";");
        assertThat(saved.getString("debitColumn")).isEqualTo("Débit");
        assertThat(saved.getInt("skipLines")).isEqualTo(3);
        HttpResponse<String> again = importFile(account, "releve-bnp.csv", null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(Http.json(again).getInt("unchanged")).isEqualTo(4);
        assertThat(rows(account)).hasSize(4);
    }

    @Test
    @DisplayName("a CSV layout saved over the API serves the first CSV import; a layout missing its amount columns is refused with 422")
    void csvLayoutSavedAhead() {
        String account = account("FR7630004008200001098765439");
        assertThat(admin.get("api/v1/bank-accounts/" + account + "/csv-layout").statusCode()).isEqualTo(404);
        assertThat(admin.putJson("api/v1/bank-accounts/" + account + "/csv-layout",
                "{\"dateColumn\":\"Date opération\",\"descriptionColumn\":\"Libellé\"}", null).statusCode()).isEqualTo(422);
        assertThat(admin.putJson("api/v1/bank-accounts/" + account + "/csv-layout", CSV_LAYOUT, null).statusCode()).isEqualTo(200);

        HttpResponse<String> imported = importFile(account, "releve-bnp.csv", null);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(rows(account)).hasSize(4);
        assertThat(admin.putJson("api/v1/bank-accounts/" + UUID.randomUUID() + "/csv-layout", CSV_LAYOUT, null).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("bad files answer 422 naming the place, import nothing, and leave a FAILED INVALID_FILE run")
    void badFiles() {
        String account = account("FR7630004008200001098765439");

        HttpResponse<String> wrongAccount = importFile(account, "camt053-v08-societe-generale.xml", null);
        assertRefused(wrongAccount, "FR7630003012340005012345665", account);
        assertThat(Http.json(wrongAccount).getJsonArray("errors").getJsonObject(0).getString("field")).startsWith("Stmt[1]");

        HttpResponse<String> badAmount = importFile(account, "releve-bnp-bad-amount.csv", CSV_LAYOUT);
        assertRefused(badAmount, "line 8", account);

        HttpResponse<String> notAStatement = admin.postMultipart("api/v1/bank-accounts/" + account + "/imports",
                new Multipart().file("file", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertRefused(notAStatement, "not in a format", account);

        HttpResponse<String> entities = admin.postMultipart("api/v1/bank-accounts/" + account + "/imports",
                new Multipart().file("file", "evil.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>&x;</BkToCstmrStmt></Document>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertRefused(entities, "", account);
        assertThat(entities.body()).doesNotContain("root:");

        assertThat(admin.postMultipart("api/v1/bank-accounts/" + account + "/imports", new Multipart().field("format", "ofx")).statusCode())
                .isEqualTo(400);
        assertThat(admin.postMultipart("api/v1/bank-accounts/" + account + "/imports",
                new Multipart().file("file", "a.ofx", "x".getBytes(StandardCharsets.UTF_8)).field("format", "pdf")).statusCode()).isEqualTo(400);
        assertThat(admin.postMultipart("api/v1/bank-accounts/" + UUID.randomUUID() + "/imports",
                new Multipart().file("file", "a.ofx", "x".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(404);
        assertThat(rows(account)).isEmpty();
    }

    private void assertRefused(HttpResponse<String> response, String place, String account) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains(place);
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("type")).isEqualTo("urn:banksync:problem:invalid-file");
        assertThat(problem.getJsonArray("errors")).isNotEmpty();
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonObject run = Http.json(admin.get(location.substring(location.indexOf("api/v1/"))));
        assertThat(run.getString("bankAccountId")).isEqualTo(account);
        assertThat(run.getString("trigger")).isEqualTo("IMPORT");
        assertThat(run.getString("state")).isEqualTo("FAILED");
        assertThat(run.getJsonObject("error").getString("code")).isEqualTo("INVALID_FILE");
    }

    private HttpResponse<String> importFile(String account, String sample, String csvLayout) {
        Multipart form = new Multipart().file("file", sample, sample(sample));
        if (csvLayout != null) {
            form.field("csvLayout", csvLayout);
        }
        return admin.postMultipart("api/v1/bank-accounts/" + account + "/imports", form);
    }

    /** "source externalId bookingDate valueDate amount status" of each live row of the account. */
    private List<String> rows(String account) {
        return Http.json(admin.get("api/v1/transactions?limit=500&bankAccountId=" + account)).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(t -> t.getString("source") + " " + t.getString("externalId") + " " + t.getString("bookingDate") + " "
                        + (t.isNull("valueDate") ? "null" : t.getString("valueDate")) + " " + t.getString("amount") + " " + t.getString("status"))
                .toList();
    }

    private String account(String iban) {
        return StatementAccounts.fresh(admin, null, iban);
    }

    private static byte[] sample(String name) {
        return StatementAccounts.sample(name);
    }
}
