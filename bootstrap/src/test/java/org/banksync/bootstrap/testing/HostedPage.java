package org.banksync.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Goes through the aggregator's hosted connect page as a browser would, with plain HTTP: the bank
 * list, Demo Bank's login form, and the redirect back to Banksync that it ends with.
 */
public final class HostedPage {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Logs in to Demo Bank with the scenario's login and answers where the page sends the browser. */
    public URI loginToDemoBank(URI connectUrl, String login) {
        String list = get(connectUrl);
        Matcher demoBank = Pattern.compile("id=\"provider-574\" href=\"([^\"]+)\"").matcher(list);
        String form = demoBank.find() ? get(connectUrl.resolve(demoBank.group(1))) : list;
        HttpResponse<String> submitted = submit(connectUrl, form, Map.of("login", login, "password", "demo"));
        return URI.create(submitted.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("the hosted page did not redirect: " + submitted.statusCode())));
    }

    /** Picks the institution on Plaid's Hosted Link stand-in, logs in, and answers where the page sends the browser. */
    public URI loginAtPlaid(URI hostedLinkUrl, String institutionId, String username, String password) {
        String list = get(hostedLinkUrl);
        Matcher institution = Pattern.compile("id=\"institution-" + Pattern.quote(institutionId) + "\" href=\"([^\"]+)\"").matcher(list);
        String form = institution.find() ? get(hostedLinkUrl.resolve(institution.group(1))) : list;
        HttpResponse<String> submitted = submit(hostedLinkUrl, form, Map.of("username", username, "password", password));
        return URI.create(submitted.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("the hosted page did not redirect: " + submitted.statusCode() + " " + submitted.body())));
    }

    private HttpResponse<String> submit(URI base, String html, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.putAll(typed);
        Matcher action = Pattern.compile("method=\"post\" action=\"([^\"]+)\"").matcher(html);
        if (!action.find()) {
            throw new AssertionError("no login form on the hosted page");
        }
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String get(URI url) {
        return send(HttpRequest.newBuilder(url).GET()).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
