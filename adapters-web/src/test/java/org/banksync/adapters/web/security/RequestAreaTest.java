package org.banksync.adapters.web.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAreaTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/banks", "/api/v1/transactions/x", "/api", "/api/v2/anything", "/api/bridge/other"})
    @DisplayName("the REST API, and any /api path not named open, needs HTTP Basic")
    void apiPaths(String path) {
        assertThat(RequestArea.of(path)).isEqualTo(RequestArea.API);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/api/bridge/callback", "/api/plaid/callback", "/api/webhooks/bridge", "/api/webhooks/plaid", "/health", "/health/ready",
            "/jakarta.faces.resource/theme.css.xhtml", "/jakarta.faces.resource/css/banksync.css.xhtml",
            "/jakarta.faces.resource/primeicons/fonts/primeicons.woff2.xhtml", "/api-docs/", "/api-docs/index.xhtml",
            "/webjars/swagger-ui/5.27.1/swagger-ui-bundle.js"})
    @DisplayName("the sign-in page, the callback, webhooks, health, presentation assets and the API's documentation page are open")
    void openPaths(String path) {
        assertThat(RequestArea.of(path)).isEqualTo(RequestArea.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "/index.xhtml", "/bank.xhtml", "/admin/users.xhtml", "/transactions.xhtml",
            "/jakarta.faces.resource/core.js.xhtml", "/jakarta.faces.resource/dynamiccontent.properties.xhtml",
            "/jakarta.faces.resource/../transactions.xhtml", "/jakarta.faces.resource/../admin/x.css",
            "/login.xhtml/../index.xhtml", "/error.html", "/anything", "/api-docs/../transactions.xhtml",
            "/webjars/swagger-ui/../../index.xhtml", "/tokens.xhtml"})
    @DisplayName("everything else, scripts and dynamic content included, needs a signed-in user")
    void pagesByDefault(String path) {
        assertThat(RequestArea.of(path)).isEqualTo(RequestArea.PAGE);
    }
}
