package org.banksync.bootstrap.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.banksync.bootstrap.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document Payara serves for the real WAR: valid for a real OpenAPI parser, listing every operation the
 * API tests call with its answers and problem documents; and the browsable page that reads it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final String PROBLEM = "application/problem+json";
    /**
     * Payara 7.2025.1 always adds a top-level {@code endpoints} map (each application's paths) outside the OpenAPI
     * schema; no setting turns it off. Every other message of the parser fails the test.
     */
    private static final List<String> PAYARA_ENDPOINTS = List.of("attribute endpoints is unexpected");

    /** Every operation the ITs call: method and path as the document names them. */
    private static final List<String> CALLED = List.of(
            "GET /api/v1/banks", "POST /api/v1/banks", "GET /api/v1/banks/{id}", "PUT /api/v1/banks/{id}",
            "DELETE /api/v1/banks/{id}", "POST /api/v1/banks/{bankId}/connections",
            "GET /api/v1/connections", "GET /api/v1/connections/{id}", "GET /api/v1/connections/{id}/provider-accounts",
            "POST /api/v1/connections/{id}/reconnect",
            "GET /api/v1/bank-accounts", "POST /api/v1/bank-accounts", "GET /api/v1/bank-accounts/{id}",
            "PUT /api/v1/bank-accounts/{id}", "DELETE /api/v1/bank-accounts/{id}",
            "PUT /api/v1/bank-accounts/{id}/provider-account", "POST /api/v1/bank-accounts/{id}/sync",
            "GET /api/v1/sync-runs", "GET /api/v1/sync-runs/{id}",
            "GET /api/v1/transactions", "GET /api/v1/transactions/{id}", "PATCH /api/v1/transactions/{id}",
            "GET /api/v1/categories", "POST /api/v1/categories", "GET /api/v1/categories/{id}",
            "PUT /api/v1/categories/{id}", "DELETE /api/v1/categories/{id}",
            "GET /api/v1/companies", "POST /api/v1/companies", "GET /api/v1/companies/{code}",
            "PUT /api/v1/companies/{code}",
            "POST /api/webhooks/bridge", "GET /api/bridge/callback");

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    @ArquillianResource
    URL base;

    private String document;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        HttpResponse<String> answer = Http.anonymous(base.toURI().resolve("/")).get("openapi?format=json");
        assertThat(answer.statusCode()).isEqualTo(200);
        document = answer.body();
        keepForReading(document);
    }

    @Test
    @DisplayName("Payara serves the OpenAPI document at /openapi, and a real OpenAPI parser finds nothing wrong in it"
            + " but the map of endpoints Payara adds on top")
    void documentIsValid() {
        SwaggerParseResult parsed = parse();

        assertThat(parsed.getMessages()).isSubsetOf(PAYARA_ENDPOINTS);
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("Banksync");
        assertThat(parsed.getOpenAPI().getInfo().getVersion()).isNotBlank();
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("basicAuth", "bearerAuth");
    }

    @Test
    @DisplayName("every operation the API tests call is listed, with its answers, and /api/v1 ones with their problem documents")
    void listsEveryCalledOperation() {
        OpenAPI api = parse().getOpenAPI();

        for (String called : CALLED) {
            Operation operation = operation(api, called);
            assertThat(operation).as(called).isNotNull();
            assertThat(operation.getSummary()).as(called).isNotBlank();
            assertThat(operation.getResponses()).as(called).isNotEmpty();
            assertThat(operation.getResponses().keySet()).as(called).anyMatch(status -> status.matches("[23]\\d\\d"));
            if (called.contains("/api/v1/")) {
                assertThat(operation.getSecurity()).as(called).isNotEmpty();
                assertProblem(called, operation, "401");
                assertProblem(called, operation, "403");
            }
            if (called.contains("{")) {
                assertThat(operation.getParameters()).as(called).anyMatch(parameter -> parameter instanceof PathParameter);
            }
            if (called.startsWith("PUT /api/v1/") || called.equals("POST /api/v1/banks")
                    || called.equals("POST /api/v1/bank-accounts") || called.equals("POST /api/v1/categories")) {
                assertThat(operation.getRequestBody()).as(called).isNotNull();
                assertProblem(called, operation, "400");
                assertProblem(called, operation, "422");
            }
        }
    }

    @Test
    @DisplayName("the answers name their schemas and formats: a sync's 409, an unknown bank's 404, a stale If-Match's 412,"
            + " dates, instants and amounts as decimal strings")
    void describesTheErrorsAndShapes() {
        OpenAPI api = parse().getOpenAPI();

        assertProblem("sync", operation(api, "POST /api/v1/bank-accounts/{id}/sync"), "409");
        assertProblem("bank", operation(api, "GET /api/v1/banks/{id}"), "404");
        assertProblem("bank", operation(api, "PUT /api/v1/banks/{id}"), "412");
        CALLED.stream().filter(called -> called.startsWith("PUT /api/v1/") && called.endsWith("}") || called.startsWith("PATCH ")
                        || called.startsWith("DELETE "))
                .forEach(update -> assertThat(operation(api, update).getParameters()).as(update)
                        .anyMatch(parameter -> "If-Match".equals(parameter.getName()) && "header".equals(parameter.getIn())));
        assertThat(api.getComponents().getSchemas()).containsKeys("Bank", "BankAccount", "Transaction", "SyncRun", "Problem");
        Schema<?> transaction = api.getComponents().getSchemas().get("Transaction");
        assertThat(transaction.getProperties().get("amount").getFormat()).isEqualTo("decimal");
        assertThat(operation(api, "GET /api/v1/transactions").getParameters())
                .anyMatch(parameter -> "from".equals(parameter.getName()) && "date".equals(parameter.getSchema().getFormat()))
                .anyMatch(parameter -> "updatedSince".equals(parameter.getName())
                        && "date-time".equals(parameter.getSchema().getFormat()));
    }

    @Test
    @DisplayName("the browsable page at /api-docs/ is Swagger UI, served from the WAR without sign-in or internet,"
            + " reading /openapi")
    void servesTheBrowsablePage() throws Exception {
        Http anonymous = Http.anonymous(base.toURI());

        HttpResponse<String> page = anonymous.get("api-docs/");
        HttpResponse<String> script = anonymous.get("webjars/swagger-ui/5.27.1/swagger-ui-bundle.js");
        HttpResponse<String> setup = anonymous.get("api-docs/api-docs.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(setup.statusCode()).isEqualTo(200);
        assertThat(setup.body()).contains("/openapi");
        assertThat(anonymous.get("api/v1/banks").statusCode()).as("the API itself still needs credentials").isEqualTo(401);
    }

    private SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    private static Operation operation(OpenAPI api, String called) {
        String[] methodAndPath = called.split(" ");
        PathItem path = api.getPaths().get(methodAndPath[1]);
        assertThat(path).as(called + " is listed").isNotNull();
        Map<PathItem.HttpMethod, Operation> operations = path.readOperationsMap();
        return operations.get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
    }

    private static void assertProblem(String called, Operation operation, String status) {
        ApiResponse response = operation.getResponses().get(status);
        assertThat(response).as(called + " answers " + status).isNotNull();
        assertThat(response.getContent()).as(called + " " + status + " content").containsKey(PROBLEM);
        assertThat(response.getContent().get(PROBLEM).getSchema().getProperties()).as(called + " " + status + " schema")
                .containsKeys("type", "title", "status", "detail", "errors");
    }

    private static void keepForReading(String json) throws IOException {
        Path artifacts = Path.of(System.getProperty("banksync.test.artifacts", "target/test-artifacts"));
        Files.createDirectories(artifacts);
        Files.writeString(artifacts.resolve("openapi.json"), json);
    }
}
