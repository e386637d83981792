package org.banksync.bootstrap.it;

import jakarta.json.JsonObject;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real WAR on Payara Micro against PostgreSQL: health, the banks API end to end through the
 * use cases to the database, its refusals, and the banks page.
 */
@ExtendWith(ArquillianExtension.class)
class WalkingSkeletonIT {

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    @ArquillianResource
    URL base;

    private Http admin() throws Exception {
        return Http.basic(base.toURI(), "admin", TestEnvironmentSession.ADMIN_PASSWORD);
    }

    @Test
    @DisplayName("ready and live once the schema is migrated and the database answers")
    void healthIsUp() throws Exception {
        Http server = Http.anonymous(base.toURI().resolve("/"));

        HttpResponse<String> ready = server.get("/health/ready");
        HttpResponse<String> live = server.get("/health/live");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        assertThat(live.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the API answers 401 as a problem document without credentials or with a wrong password")
    void apiNeedsCredentials() throws Exception {
        HttpResponse<String> anonymous = Http.anonymous(base.toURI()).get("api/v1/banks");
        HttpResponse<String> wrong = Http.basic(base.toURI(), "admin", "not-the-password").get("api/v1/banks");

        for (HttpResponse<String> response : new HttpResponse[]{anonymous, wrong}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(value -> assertThat(value).startsWith("Basic"))
                    .anySatisfy(value -> assertThat(value).startsWith("Bearer"));
            assertThat(Http.json(response).getInt("status")).isEqualTo(401);
        }
    }

    @Test
    @DisplayName("a bank created with POST is stored in PostgreSQL, listed, and read back by its id")
    void createsAndListsABank() throws Exception {
        String name = "Banque Test " + UUID.randomUUID();

        HttpResponse<String> created = admin().postJson("api/v1/banks",
                "{\"name\":\"" + name + "\",\"bic\":\"ccbpfrppxxx\",\"website\":\"https://www.banquepopulaire.fr\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject bank = Http.json(created);
        assertThat(bank.getString("name")).isEqualTo(name);
        assertThat(bank.getString("bic")).isEqualTo("CCBPFRPPXXX");
        assertThat(bank.getJsonArray("connections")).isEmpty();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/banks/" + bank.getString("id")));
        assertThat(countBanksNamed(name)).isEqualTo(1);

        HttpResponse<String> read = admin().get("api/v1/banks/" + bank.getString("id"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).isPresent();
        assertThat(Http.json(read).getString("website")).isEqualTo("https://www.banquepopulaire.fr");

        assertThat(listedNames()).contains(name);
    }

    @Test
    @DisplayName("a bank with an invalid BIC is refused with 422 naming the field, and nothing is stored")
    void refusesAnInvalidBic() throws Exception {
        String name = "Bad BIC " + UUID.randomUUID();

        HttpResponse<String> refused = admin().postJson("api/v1/banks", "{\"name\":\"" + name + "\",\"bic\":\"NOT A BIC\"}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Http.json(refused);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("bic");
        assertThat(countBanksNamed(name)).isZero();
    }

    @Test
    @DisplayName("malformed JSON is a 400, a body that is not JSON a 415, an unknown bank a 404: all problem documents")
    void refusesMalformedRequests() throws Exception {
        HttpResponse<String> malformed = admin().postJson("api/v1/banks", "{\"name\": ");
        HttpResponse<String> notJson = admin().post("api/v1/banks", "text/plain", "name=x");
        HttpResponse<String> unknown = admin().get("api/v1/banks/" + UUID.randomUUID());
        HttpResponse<String> garbageId = admin().get("api/v1/banks/not-an-id");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(garbageId.statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : new HttpResponse[]{malformed, notJson, unknown, garbageId}) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("<html");
        }
    }

    @Test
    @DisplayName("the pages at the root need a signed-in user: a browser without a session is sent to the sign-in page"
            + " (what the signed-in pages show is checked in a real browser, ui/FinanceUserJourneyIT)")
    void pagesNeedSignIn() throws Exception {
        Http anonymous = Http.anonymous(base.toURI());

        HttpResponse<String> root = anonymous.get("");
        HttpResponse<String> login = anonymous.get("login.xhtml");

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<title>").contains("id=\"login:username\"");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private java.util.List<String> listedNames() throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = admin().get("api/v1/banks?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.statusCode()).isEqualTo(200);
            JsonObject body = Http.json(page);
            body.getJsonArray("items").forEach(item -> names.add(item.asJsonObject().getString("name")));
            cursor = body.isNull("nextCursor") ? null : body.getString("nextCursor");
        } while (cursor != null);
        return names;
    }

    private static int countBanksNamed(String name) throws Exception {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from bank where name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

}
