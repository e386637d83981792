package org.banksync.bootstrap.it;

import jakarta.json.JsonObject;
import org.banksync.bootstrap.testing.Http;
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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call the API: personal tokens, HTTP Basic, the two roles, and the refusals an integrator must be able to rely on. */
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final URI base = TestEnvironmentSession.banksync();
    private final Http admin = Http.basic(base, "admin", TestEnvironmentSession.ADMIN_PASSWORD);

    @Test
    @DisplayName("a personal token is shown once, signs its owner in as Bearer, is listed without its secret, and stops working once revoked")
    void personalTokens() {
        HttpResponse<String> created = admin.postJson("api/v1/api-tokens", "{\"name\":\"ERP export\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject token = Http.json(created);
        String secret = token.getString("token");
        assertThat(secret).startsWith("bsk_");

        Http bearer = Http.bearer(base, secret);
        assertThat(bearer.get("api/v1/banks").statusCode()).isEqualTo(200);
        assertThat(admin.get("api/v1/api-tokens").body()).contains(token.getString("prefix")).doesNotContain(secret);

        assertThat(admin.delete("api/v1/api-tokens/" + token.getString("id")).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = bearer.get("api/v1/banks");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Http.bearer(base, "bsk_" + "x".repeat(43)).get("api/v1/banks").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("no /api/v1 endpoint answers without credentials")
    void everythingNeedsCredentials() {
        Http anonymous = Http.anonymous(base);
        for (String path : List.of("api/v1/banks", "api/v1/companies", "api/v1/connections", "api/v1/bank-accounts",
                "api/v1/sync-runs", "api/v1/transactions", "api/v1/categories", "api/v1/api-tokens", "api/v1/users",
                "api/v1/banks/" + UUID.randomUUID())) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.postJson("api/v1/banks", "{\"name\":\"x\"}").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("an accountant works with the data but may not connect banks, add companies or manage users (403)")
    void accountantRole() {
        String name = "accountant-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.postJson("api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"Secret-123\",\"role\":\"accountant\"}")
                .statusCode()).isEqualTo(201);
        Http accountant = Http.basic(base, name, "Secret-123");
        String bankId = Http.json(accountant.postJson("api/v1/banks", "{\"name\":\"Banque " + name + "\"}")).getString("id");

        assertThat(accountant.get("api/v1/transactions").statusCode()).isEqualTo(200);
        for (HttpResponse<String> refused : List.of(
                accountant.postJson("api/v1/banks/" + bankId + "/connections", "{}"),
                accountant.postJson("api/v1/companies", "{\"code\":\"NOPE\",\"name\":\"Nope\"}"),
                accountant.get("api/v1/users"),
                accountant.postJson("api/v1/users", "{\"username\":\"x2\",\"password\":\"Secret-123\",\"role\":\"admin\"}"))) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(Http.json(refused).getInt("status")).isEqualTo(403);
        }
        assertThat(admin.postJson("api/v1/users", "{\"username\":\"" + name + "\",\"password\":\"Secret-123\",\"role\":\"accountant\"}")
                .statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("a stale If-Match is 412, a bank still holding accounts is 409, a limit over 500 is 400, each as a problem document")
    void conditionalAndConflictingRequests() {
        String bankId = Http.json(admin.postJson("api/v1/banks", "{\"name\":\"Banque " + UUID.randomUUID() + "\"}")).getString("id");
        String etag = admin.get("api/v1/banks/" + bankId).headers().firstValue("ETag").orElseThrow();
        assertThat(admin.putJson("api/v1/banks/" + bankId, "{\"name\":\"Renamed\"}", etag).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = admin.putJson("api/v1/banks/" + bankId, "{\"name\":\"Again\"}", etag);
        assertThat(stale.statusCode()).isEqualTo(412);

        assertThat(admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + bankId + "\",\"name\":\"Caisse\",\"currency\":\"EUR\"}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> inUse = admin.delete("api/v1/banks/" + bankId);
        assertThat(inUse.statusCode()).isEqualTo(409);

        HttpResponse<String> tooMany = admin.get("api/v1/transactions?limit=501");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooMany).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("limit");
        for (HttpResponse<String> problem : List.of(stale, inUse, tooMany)) {
            assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    @DisplayName("companies, bank accounts and categories go through their whole life over the API, with the rules of the UI")
    void resourcesThroughTheirLife() {
        String code = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        assertThat(admin.postJson("api/v1/companies", "{\"code\":\"" + code + "\",\"name\":\"Acme\"}").statusCode()).isEqualTo(201);
        String companyTag = admin.get("api/v1/companies/" + code).headers().firstValue("ETag").orElseThrow();
        assertThat(Http.json(admin.putJson("api/v1/companies/" + code, "{\"name\":\"Acme SAS\"}", companyTag)).getString("name"))
                .isEqualTo("Acme SAS");
        assertThat(admin.get("api/v1/companies?limit=500").body()).contains(code);

        String bankId = Http.json(admin.postJson("api/v1/banks", "{\"name\":\"Banque " + code + "\"}")).getString("id");
        HttpResponse<String> opened = admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + bankId + "\",\"company\":\"" + code
                + "\",\"name\":\"Courant\",\"iban\":\"FR76 3000 6000 0112 3456 7890 189\",\"currency\":\"EUR\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        String accountId = Http.json(opened).getString("id");
        assertThat(Http.json(opened).getString("iban")).isEqualTo("FR7630006000011234567890189");
        assertThat(admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + bankId + "\",\"company\":\"" + code
                + "\",\"name\":\"Twin\",\"iban\":\"FR7630006000011234567890189\",\"currency\":\"EUR\"}").statusCode()).isEqualTo(422);
        assertThat(admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + bankId + "\",\"name\":\"Bad\",\"iban\":\"FR7630006000011234567890180\","
                + "\"currency\":\"EUR\"}").statusCode()).isEqualTo(422);
        assertThat(Http.json(admin.putJson("api/v1/bank-accounts/" + accountId, "{\"bankId\":\"" + bankId + "\",\"name\":\"Compte courant\","
                + "\"iban\":\"FR7630006000011234567890189\",\"currency\":\"EUR\",\"glAccount\":\"512100\"}", null)).getString("glAccount"))
                .isEqualTo("512100");
        assertThat(admin.get("api/v1/bank-accounts?company=" + code).body()).contains(accountId);
        assertThat(admin.postJson("api/v1/bank-accounts/" + accountId + "/sync", "{\"since\":\"2026-01-01\"}").statusCode())
                .as("an account not linked to the aggregator cannot be synchronised").isEqualTo(422);
        assertThat(admin.delete("api/v1/bank-accounts/" + accountId).statusCode()).isEqualTo(204);
        assertThat(admin.get("api/v1/bank-accounts/" + accountId).statusCode()).isEqualTo(404);
        assertThat(admin.delete("api/v1/banks/" + bankId).statusCode()).isEqualTo(204);
        assertThat(admin.get("api/v1/banks/" + bankId).statusCode()).isEqualTo(404);

        String parentId = Http.json(admin.postJson("api/v1/categories", "{\"names\":{\"fr\":\"Frais " + code + "\",\"en\":\"Fees " + code
                + "\"},\"direction\":\"OUT\"}")).getString("id");
        HttpResponse<String> child = admin.postJson("api/v1/categories", "{\"name\":\"Sub " + code + "\",\"parentId\":\"" + parentId + "\"}");
        assertThat(child.statusCode()).isEqualTo(201);
        String childId = Http.json(child).getString("id");
        assertThat(Http.json(admin.get("api/v1/categories/" + childId)).getString("parentId")).isEqualTo(parentId);
        assertThat(Http.json(admin.putJson("api/v1/categories/" + childId, "{\"name\":\"Renamed " + code + "\",\"parentId\":\"" + parentId + "\"}", null)).getString("name"))
                .isEqualTo("Renamed " + code);
        assertThat(admin.delete("api/v1/categories/" + parentId).statusCode()).as("a category with sub-categories").isEqualTo(409);
        assertThat(admin.delete("api/v1/categories/" + childId).statusCode()).isEqualTo(204);
        assertThat(admin.delete("api/v1/categories/" + parentId).statusCode()).isEqualTo(204);
    }
}
