package org.banksync.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.regex.Pattern;

/**
 * Which authentication a path needs; anything not named here is a page and needs a signed-in user
 * (deny by default). Paths are relative to the context root.
 */
enum RequestArea {

    /** The REST API ({@code /api/v1} and any other {@code /api} path not listed below): HTTP Basic on every call. */
    API,
    /**
     * The sign-in page, Bridge's callback (its context is the CSRF defence), webhooks (signed), health, presentation assets,
     * and the API's documentation page with its Swagger UI files (they hold no data; the API itself still needs credentials).
     */
    OPEN,
    /** Every Faces page and every other resource: a signed-in user, else the sign-in page. */
    PAGE;

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String RESOURCES = "/jakarta.faces.resource/";
    static final String API_DOCS = "/api-docs/";
    static final String SWAGGER_UI = "/webjars/swagger-ui/";
    /** Where the aggregators' hosted pages send the browser back: the single-use context is their defence. */
    static final java.util.Set<String> CALLBACKS = java.util.Set.of("/api/bridge/callback", "/api/plaid/callback");

    /**
     * Stylesheets, fonts and images hold no data, and the sign-in page needs them before anyone is signed in;
     * scripts and dynamic content ({@code dynamiccontent}, file downloads) stay behind the sign-in.
     */
    private static final Pattern PRESENTATION_ASSET = Pattern.compile(
            "[A-Za-z0-9_./-]+\\.(css|woff2?|ttf|eot|svg|png|gif|jpe?g|ico)(\\.xhtml)?");

    static RequestArea of(String path) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return CALLBACKS.contains(path) || path.startsWith("/api/webhooks/") ? OPEN : API;
        }
        if (path.equals(LOGIN_PAGE) || path.equals("/health") || path.startsWith("/health/")
                || (path.startsWith(API_DOCS) || path.startsWith(SWAGGER_UI)) && !path.contains("..")) {
            return OPEN;
        }
        if (path.startsWith(RESOURCES) && !path.contains("..")
                && PRESENTATION_ASSET.matcher(path.substring(RESOURCES.length())).matches()) {
            return OPEN;
        }
        return PAGE;
    }

    /**
     * The request's path inside the application as the container mapped it (decoded, canonical, without path
     * parameters), so that no spelling of a URI can reach a page under the name of an open path.
     */
    static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
