package org.banksync.adapters.bridge.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Goes through the sandbox's hosted connect page as a browser would, and answers where it redirects. */
public final class ConnectPageDriver {

    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"(/connect/[^\"]+/login)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Picks Demo Bank when the page lists banks, logs in with {@code login}, and answers the callback URL. */
    public URI completeWith(URI sessionUrl, String login) throws IOException, InterruptedException {
        String page = get(sessionUrl);
        if (page.contains("id=\"providers\"")) {
            page = get(sessionUrl.resolve(sessionUrl.getPath() + "/providers/574"));
        }
        Matcher form = LOGIN_FORM.matcher(page);
        if (!form.find()) {
            throw new AssertionError("no login form on the connect page:\n" + page);
        }
        String body = "provider_id=574&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=secret";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(sessionUrl.resolve(form.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new AssertionError("the login answered " + answer.statusCode() + ":\n" + answer.body());
        }
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private String get(URI url) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError(url + " answered " + answer.statusCode() + ":\n" + answer.body());
        }
        return answer.body();
    }
}
