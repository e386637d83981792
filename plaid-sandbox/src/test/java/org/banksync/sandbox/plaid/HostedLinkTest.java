package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hosted Link: pick a bank, log in, come back to completion_redirect_uri; the token is read from /link/token/get")
class HostedLinkTest {

    private static final String COMPLETION = "https://erp.example/plaid/return?state=abc%2F1&lang=fr";

    private SandboxFixture fixture;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixture.close();
    }

    private JsonNode linkToken(String country) {
        ObjectNode body = PlaidHttp.object().put("client_name", "Banksync").put("language", "fr")
                .put("webhook", receiver.url().toString());
        body.putArray("country_codes").add(country);
        body.putObject("user").put("client_user_id", "user-42");
        body.putArray("products").add("transactions");
        body.putObject("hosted_link").put("completion_redirect_uri", COMPLETION).put("url_lifetime_seconds", 1800);
        body.putObject("transactions").put("days_requested", 90);
        return fixture.http.call("/link/token/create", body).ok();
    }

    private PlaidHttp.Reply loginAt(String hostedUrl, String institutionId, String username, String password) {
        PlaidHttp.Reply list = fixture.http.get(hostedUrl);
        assertThat(list.status()).isEqualTo(200);
        PlaidHttp.Reply form = fixture.http.get(find(list.body(), "id=\"institution-" + institutionId + "\" href=\"([^\"]+)\""));
        assertThat(form.body()).contains("id=\"username\"", "id=\"password\"", "id=\"submit\"", "id=\"exit\"");
        return submitLogin(form.body(), username, password);
    }

    private PlaidHttp.Reply submitLogin(String formPage, String username, String password) {
        String action = find(formPage, "<form id=\"login-form\" method=\"post\" action=\"([^\"]+)\"");
        String institution = find(formPage, "name=\"institution_id\" value=\"([^\"]+)\"");
        return fixture.http.postForm(action, "institution_id=" + institution + "&username=" + encode(username)
                + "&password=" + encode(password));
    }

    private PlaidHttp.Reply exit(String page) {
        String action = find(page, "<form id=\"exit-form\" method=\"post\" action=\"([^\"]+)\"");
        String status = find(page, "name=\"status\" value=\"([^\"]+)\"");
        Matcher institution = Pattern.compile("id=\"exit-form\"[\\s\\S]*name=\"institution_id\" value=\"([^\"]+)\"")
                .matcher(page);
        return fixture.http.postForm(action, "status=" + status
                + (institution.find() ? "&institution_id=" + institution.group(1) : ""));
    }

    @Test
    @DisplayName("user_good/pass_good: 302 to the completion URL as given, link_sessions carries a public token that exchanges once")
    void successfulLink() throws Exception {
        JsonNode token = linkToken("FR");
        String linkToken = token.get("link_token").asText();
        assertThat(linkToken).startsWith("link-sandbox-");
        assertThat(token.get("expiration").asText()).isEqualTo("2026-03-16T13:30:00Z");
        String hostedUrl = token.get("hosted_link_url").asText();
        assertThat(hostedUrl).startsWith(fixture.sandbox.baseUrl() + "/hosted-link/");

        JsonNode before = fixture.http.call("/link/token/get", PlaidHttp.object().put("link_token", linkToken)).ok();
        assertThat(before.get("link_sessions")).isEmpty();
        assertThat(before.get("metadata").get("client_name").asText()).isEqualTo("Banksync");

        PlaidHttp.Reply done = loginAt(hostedUrl, SandboxFixture.FIRST_PLATYPUS, "user_good", "pass_good");
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValue(COMPLETION);

        JsonNode after = fixture.http.call("/link/token/get", PlaidHttp.object().put("link_token", linkToken)).ok();
        assertThat(after.get("link_sessions")).hasSize(1);
        JsonNode session = after.get("link_sessions").get(0);
        assertThat(session.get("exit").isNull()).isTrue();
        assertThat(session.get("started_at").asText()).isEqualTo("2026-03-16T09:30:00Z");
        JsonNode result = session.get("results").get("item_add_results").get(0);
        String publicToken = result.get("public_token").asText();
        assertThat(publicToken).startsWith("public-sandbox-");
        assertThat(result.get("institution").get("institution_id").asText()).isEqualTo(SandboxFixture.FIRST_PLATYPUS);
        assertThat(result.get("institution").get("name").asText()).isEqualTo("First Platypus Bank");
        assertThat(result.get("accounts")).hasSize(3);
        assertThat(result.get("accounts").get(0).get("id").asText()).hasSize(37);
        assertThat(result.get("accounts").get(0).get("mask").asText()).matches("\\d{4}");

        JsonNode exchanged = fixture.http.call("/item/public_token/exchange",
                PlaidHttp.object().put("public_token", publicToken)).ok();
        assertThat(exchanged.get("access_token").asText()).startsWith("access-sandbox-");
        assertThat(exchanged.get("item_id").asText()).hasSize(37);
        PlaidHttp.Reply again = fixture.http.call("/item/public_token/exchange",
                PlaidHttp.object().put("public_token", publicToken));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("INVALID_PUBLIC_TOKEN");

        WebhookReceiver.Received finished = receiver.await("LINK/SESSION_FINISHED");
        JsonNode webhook = finished.json();
        assertThat(webhook.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(webhook.get("link_token").asText()).isEqualTo(linkToken);
        assertThat(webhook.get("link_session_id").asText()).isEqualTo(session.get("link_session_id").asText());
        assertThat(webhook.get("public_tokens").get(0).asText()).isEqualTo(publicToken);
        assertThat(webhook.get("environment").asText()).isEqualTo("sandbox");

        JsonNode item = fixture.http.call("/item/get",
                PlaidHttp.object().put("access_token", exchanged.get("access_token").asText())).ok().get("item");
        assertThat(item.get("webhook").asText()).isEqualTo(receiver.url().toString());
    }

    @Test
    @DisplayName("a wrong password shows INVALID_CREDENTIALS on the form; Exit then ends the session as EXITED with that error")
    void wrongPasswordThenExit() throws Exception {
        JsonNode token = linkToken("FR");
        String hostedUrl = token.get("hosted_link_url").asText();
        PlaidHttp.Reply failed = loginAt(hostedUrl, SandboxFixture.FRENCH_BANK, "user_good", "wrong");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body()).contains("id=\"error\"", "data-error-code=\"INVALID_CREDENTIALS\"", "id=\"username\"");

        PlaidHttp.Reply exited = exit(failed.body());
        assertThat(exited.status()).isEqualTo(302);
        assertThat(exited.headers().firstValue("Location")).hasValue(COMPLETION);

        JsonNode session = fixture.http.call("/link/token/get",
                PlaidHttp.object().put("link_token", token.get("link_token").asText())).ok().get("link_sessions").get(0);
        assertThat(session.get("results").isNull()).isTrue();
        assertThat(session.get("exit").get("error").get("error_code").asText()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(session.get("exit").get("metadata").get("status").asText()).isEqualTo("requires_credentials");
        assertThat(session.get("exit").get("metadata").get("institution").get("institution_id").asText())
                .isEqualTo(SandboxFixture.FRENCH_BANK);
        JsonNode webhook = receiver.await("LINK/SESSION_FINISHED").json();
        assertThat(webhook.get("status").asText()).isEqualTo("EXITED");
        assertThat(webhook.get("public_tokens")).isEmpty();

        assertThat(fixture.http.get(hostedUrl).status()).isEqualTo(410);
    }

    @Test
    @DisplayName("the bank list follows country_codes; the bank that is down answers INSTITUTION_DOWN")
    void bankListAndDownBank() {
        String hostedUrl = linkToken("GB").get("hosted_link_url").asText();
        String list = fixture.http.get(hostedUrl).body();
        assertThat(list).contains("id=\"institution-ins_117650\"", "id=\"institution-ins_109508\"",
                "id=\"institution-ins_132361\"", "id=\"exit\"").doesNotContain("ins_900101", "ins_109511");
        String down = fixture.http.get(find(list, "id=\"institution-ins_132361\" href=\"([^\"]+)\"")).body();
        assertThat(down).contains("data-error-code=\"INSTITUTION_DOWN\"", "id=\"exit\"").doesNotContain("id=\"username\"");
    }

    @Test
    @DisplayName("a public token expires 30 minutes after Link on the sandbox clock")
    void publicTokenExpires() {
        JsonNode token = linkToken("FR");
        loginAt(token.get("hosted_link_url").asText(), SandboxFixture.FRENCH_BANK, "user_good", "pass_good");
        String publicToken = fixture.http.call("/link/token/get",
                        PlaidHttp.object().put("link_token", token.get("link_token").asText())).ok()
                .get("link_sessions").get(0).get("results").get("item_add_results").get(0).get("public_token").asText();
        fixture.control.advanceClock(Duration.ofMinutes(31));
        PlaidHttp.Reply reply = fixture.http.call("/item/public_token/exchange",
                PlaidHttp.object().put("public_token", publicToken));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_PUBLIC_TOKEN");
    }

    @Test
    @DisplayName("without hosted_link there is no hosted_link_url; an unknown link token is INVALID_LINK_TOKEN")
    void withoutHostedLink() {
        ObjectNode body = PlaidHttp.object().put("client_name", "Banksync").put("language", "en");
        body.putArray("country_codes").add("US");
        body.putObject("user").put("client_user_id", "user-42");
        body.putArray("products").add("transactions");
        JsonNode token = fixture.http.call("/link/token/create", body).ok();
        assertThat(token.has("hosted_link_url")).isFalse();
        assertThat(fixture.http.call("/link/token/get", PlaidHttp.object().put("link_token", "link-sandbox-nope"))
                .errorCode()).isEqualTo("INVALID_LINK_TOKEN");
    }

    @Test
    @DisplayName("without completion_redirect_uri the page ends on its own page (id done) instead of redirecting")
    void withoutCompletionUri() {
        ObjectNode body = PlaidHttp.object().put("client_name", "Banksync").put("language", "en");
        body.putArray("country_codes").add("US");
        body.putObject("user").put("client_user_id", "user-42");
        body.putArray("products").add("transactions");
        body.putObject("hosted_link");
        String hostedUrl = fixture.http.call("/link/token/create", body).ok().get("hosted_link_url").asText();
        PlaidHttp.Reply done = loginAt(hostedUrl, SandboxFixture.US_BANK, "user_good", "pass_good");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"done\"", "data-status=\"SUCCESS\"");
    }

    static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no match for " + regex + " in\n" + html);
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
