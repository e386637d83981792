package org.banksync.adapters.plaid.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Goes through the sandbox's Hosted Link page as a browser would, and answers where it redirects. */
public final class HostedLinkDriver {

    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"login-form\" method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern EXIT_FORM = Pattern.compile("id=\"exit-form\" method=\"post\" action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Picks the bank (unless in update mode), logs in as user_good / pass_good, and answers the redirect. */
    public URI connect(URI hostedLinkUrl, String institutionId) {
        return login(hostedLinkUrl, institutionId, "user_good", "pass_good");
    }

    /** Logs in again in update mode (no bank to pick). */
    public URI reconnect(URI hostedLinkUrl) {
        return login(hostedLinkUrl, null, "user_good", "pass_good");
    }

    /** Opens the page and presses Exit. */
    public URI exit(URI hostedLinkUrl) {
        String page = get(hostedLinkUrl);
        return post(hostedLinkUrl, action(EXIT_FORM, page), "status=institution_not_found");
    }

    private URI login(URI hostedLinkUrl, String institutionId, String username, String password) {
        String page = get(hostedLinkUrl);
        if (institutionId != null) {
            page = get(hostedLinkUrl.resolve(hostedLinkUrl.getPath() + "/institutions/" + institutionId));
        }
        String form = "institution_id=" + (institutionId == null ? "" : institutionId) + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return post(hostedLinkUrl, action(LOGIN_FORM, page), form);
    }

    private URI post(URI base, String action, String form) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() / 100 != 3) {
            throw new AssertionError("the hosted page answered " + answer.statusCode() + ":\n" + answer.body());
        }
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private static String action(Pattern form, String page) {
        Matcher matcher = form.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no such form on the hosted page:\n" + page);
        }
        return matcher.group(1);
    }

    private String get(URI url) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url).GET().build());
        if (answer.statusCode() != 200) {
            throw new AssertionError(url + " answered " + answer.statusCode() + ":\n" + answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
