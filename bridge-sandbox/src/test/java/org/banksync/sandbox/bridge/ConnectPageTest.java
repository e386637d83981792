package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The hosted connect page turns a Demo Bank login into an item and a callback")
class ConnectPageTest {

    private static final String CALLBACK = "https://erp.example/api/bridge/callback";

    private SandboxFixture fixture;
    private String user;
    private String token;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(60);
        user = fixture.newUser();
        token = fixture.token(user);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("choosing Demo Bank in the list and logging in with 'success' redirects with success=true and the context")
    void successThroughBankList() {
        String url = session("\"context\":\"ctx-1\"");
        BridgeHttp.Reply list = browse(url);
        assertThat(list.body()).contains("Demo Bank");
        BridgeHttp.Reply form = browse(absolute(find(list.body(), "id=\"provider-574\" href=\"([^\"]+)\"")));
        assertThat(form.body()).contains("id=\"login\"", "id=\"password\"", "id=\"submit\"", "<label for=\"login\"",
                "<label for=\"password\"");

        BridgeHttp.Reply done = submit(form.body(), Map.of("login", "success", "password", "any"));

        assertThat(done.status()).isEqualTo(302);
        String location = done.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("user_uuid", user).containsEntry("success", "true")
                .containsEntry("source", "connect").containsEntry("context", "ctx-1").doesNotContainKey("step");
        JsonNode item = fixture.http.get("/v3/aggregation/items/" + query.get("item_id"), token).json();
        assertThat(item.get("status").asInt()).isZero();
        assertThat(item.get("provider_id").asLong()).isEqualTo(574);
        assertThat(Instant.parse(item.get("authentication_expires_at").asText()))
                .isEqualTo(SandboxFixture.START.plus(Duration.ofDays(180)));
        assertThat(fixture.http.get("/v3/aggregation/accounts?item_id=" + query.get("item_id"), token)
                .json().get("resources").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("with provider_id the list is skipped, and login 402 redirects with success=false and step=bank_creds_form")
    void wrongCredentials() {
        String url = session("\"provider_id\":574");
        BridgeHttp.Reply form = browse(url);
        assertThat(form.body()).contains("id=\"login\"").doesNotContain("id=\"provider-574\"");

        Map<String, String> query = query(submit(form.body(), Map.of("login", "402", "password", "x"))
                .headers().firstValue("Location").orElseThrow());

        assertThat(query).containsEntry("success", "false").containsEntry("step", "bank_creds_form");
        JsonNode item = fixture.http.get("/v3/aggregation/items/" + query.get("item_id"), token).json();
        assertThat(item.get("status").asInt()).isEqualTo(402);
        assertThat(item.get("status_code_info").asText()).isEqualTo("invalid_creds");
    }

    @Test
    @DisplayName("a <status>_<INFO> login such as 1005_CLOSED_ACCOUNT sets that status and info, step=sync_error")
    void statusWithInfo() {
        Map<String, String> query = query(submit(browse(session("\"provider_id\":574")).body(),
                Map.of("login", "1005_CLOSED_ACCOUNT", "password", "x")).headers().firstValue("Location").orElseThrow());
        assertThat(query).containsEntry("success", "false").containsEntry("step", "sync_error");
        JsonNode item = fixture.http.get("/v3/aggregation/items/" + query.get("item_id"), token).json();
        assertThat(item.get("status").asInt()).isEqualTo(1005);
        assertThat(item.get("status_code_info").asText()).isEqualTo("closed_account");
    }

    @Test
    @DisplayName("login 'otp' asks for a code that any value passes; 'otp_fail' ends with step=otp_form")
    void otp() {
        BridgeHttp.Reply otpForm = submit(browse(session("\"provider_id\":574")).body(), Map.of("login", "otp", "password", "x"));
        assertThat(otpForm.status()).isEqualTo(200);
        assertThat(otpForm.body()).contains("id=\"otp\"", "id=\"submit\"");
        assertThat(query(submit(otpForm.body(), Map.of("otp", "123456")).headers().firstValue("Location").orElseThrow()))
                .containsEntry("success", "true");

        BridgeHttp.Reply failing = submit(browse(session("\"provider_id\":574")).body(), Map.of("login", "otp_fail", "password", "x"));
        assertThat(query(submit(failing.body(), Map.of("otp", "000000")).headers().firstValue("Location").orElseThrow()))
                .containsEntry("success", "false").containsEntry("step", "otp_form");
    }

    @Test
    @DisplayName("a session with item_id and force_reauthentication renews an expired consent for 180 days")
    void reauthentication() {
        long itemId = fixture.control.connectItem(user, 574, "success").id();
        fixture.control.advanceClock(Duration.ofDays(3));
        assertThat(fixture.control.expireConsent(itemId).status()).isEqualTo(1010);
        String fresh = fixture.token(user);
        String url = createSession(fresh, "\"item_id\":" + itemId + ",\"force_reauthentication\":true,\"callback_url\":\""
                + CALLBACK + "\",\"user_email\":\"a@b.fr\"");

        Map<String, String> query = query(submit(browse(url).body(), Map.of("login", "success", "password", "x"))
                .headers().firstValue("Location").orElseThrow());

        assertThat(query).containsEntry("item_id", Long.toString(itemId)).containsEntry("success", "true");
        JsonNode item = fixture.http.get("/v3/aggregation/items/" + itemId, fresh).json();
        assertThat(item.get("status").asInt()).isZero();
        assertThat(Instant.parse(item.get("authentication_expires_at").asText()))
                .isEqualTo(SandboxFixture.START.plus(Duration.ofDays(3 + 180)));
    }

    @Test
    @DisplayName("login 'success.1010' connects fine, then the next daily refresh falls into 1010")
    void scaOnNextRefresh() {
        Map<String, String> query = query(submit(browse(session("\"provider_id\":574")).body(),
                Map.of("login", "success.1010", "password", "x")).headers().firstValue("Location").orElseThrow());
        assertThat(query).containsEntry("success", "true");
        String item = "/v3/aggregation/items/" + query.get("item_id");
        fixture.control.advanceClock(Duration.ofHours(23));
        assertThat(fixture.http.get(item, fixture.token(user)).json().get("status").asInt()).isZero();

        fixture.control.advanceClock(Duration.ofHours(1));
        JsonNode refreshed = fixture.http.get(item, fixture.token(user)).json();
        assertThat(refreshed.get("status").asInt()).isEqualTo(1010);
        assertThat(refreshed.get("status_code_info").asText()).isEqualTo("otp_required");
    }

    @Test
    @DisplayName("a completed session cannot be used again")
    void singleUse() {
        String url = session("\"provider_id\":574");
        String form = browse(url).body();
        assertThat(submit(form, Map.of("login", "success", "password", "x")).status()).isEqualTo(302);
        assertThat(browse(url).status()).isEqualTo(410);
    }

    @Test
    @DisplayName("connect-sessions validates context, user_email and callback_url, and needs a user token")
    void validatesSessions() {
        String longContext = "a".repeat(101);
        for (String body : new String[] {"\"context\":\"not allowed!\"", "\"context\":\"" + longContext + "\""}) {
            BridgeHttp.Reply reply = fixture.http.post("/v3/aggregation/connect-sessions",
                    "{" + body + ",\"user_email\":\"a@b.fr\"}", token);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().path("errors").path(0).path("property").asText()).isEqualTo("context");
        }
        assertThat(fixture.http.post("/v3/aggregation/connect-sessions", "{}", token).json()
                .path("errors").path(0).path("property").asText()).isEqualTo("user_email");
        assertThat(fixture.http.post("/v3/aggregation/connect-sessions",
                "{\"user_email\":\"a@b.fr\",\"callback_url\":\"/relative\"}", token).status()).isEqualTo(400);
        assertThat(fixture.http.post("/v3/aggregation/connect-sessions", "{\"user_email\":\"a@b.fr\"}").status())
                .isEqualTo(401);
        assertThat(fixture.http.post("/v3/aggregation/connect-sessions",
                "{\"user_email\":\"a@b.fr\",\"context\":\"" + "a".repeat(100) + "\"}", token).status()).isEqualTo(201);
    }

    private String session(String extraFields) {
        return createSession(token, extraFields + ",\"callback_url\":\"" + CALLBACK + "\",\"user_email\":\"finance@acme.fr\"");
    }

    private String createSession(String userToken, String fields) {
        BridgeHttp.Reply reply = fixture.http.post("/v3/aggregation/connect-sessions", "{" + fields + "}", userToken);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("id").asText()).isNotBlank();
        return reply.json().get("url").asText();
    }

    private BridgeHttp.Reply browse(String url) {
        return fixture.http.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts the page's only form with its hidden fields plus the given ones, as a browser would. */
    private BridgeHttp.Reply submit(String html, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.putAll(typed);
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return fixture.http.send(HttpRequest.newBuilder(URI.create(absolute(find(html, "method=\"post\" action=\"([^\"]+)\""))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String absolute(String path) {
        return fixture.sandbox.baseUrl() + path;
    }

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in %s", regex, html).isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
