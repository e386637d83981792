package org.banksync.adapters.bridge.callback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.banksync.application.connection.ProviderAccount;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Bridge's connect callback")
class BridgeCallbackResourceTest {

    private static final BankId BANK = BankId.of(UUID.fromString("01900000-0000-7000-8000-000000000001"));

    private CompleteBankConnectionUseCase.ConnectCallback received;

    @Test
    @DisplayName("hands the callback to the use case with the signed-in user, and sends the browser to the bank's page")
    void connected() {
        CompleteBankConnectionUseCase completion = callback -> {
            received = callback;
            return new CompleteBankConnectionUseCase.ConnectOutcome.Connected(BANK, ConnectionId.newId(), 2,
                    List.of(proposal(), proposal()), List.of());
        };

        Response response = callback(completion, "/app", "alice", "true", null);

        assertThat(received).isEqualTo(new CompleteBankConnectionUseCase.ConnectCallback(Provider.BRIDGE, "c0ffee",
                true, "42", null, "alice"));
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation()).hasToString("/app/bank.xhtml?id=" + BANK + "&connection=connected&linked=2&proposals=2");
    }

    @Test
    @DisplayName("an anonymous browser is passed on as no caller; a failed flow shows what happened and what to do")
    void failed() {
        CompleteBankConnectionUseCase completion = callback -> {
            received = callback;
            return new CompleteBankConnectionUseCase.ConnectOutcome.Failed(BANK, "otp_form",
                    "The bank's strong authentication was not completed.", "Connect again & finish it.");
        };

        Response response = callback(completion, "", null, "false", "otp_form");

        assertThat(received.callerUsername()).isNull();
        assertThat(received.success()).isFalse();
        URI location = response.getLocation();
        assertThat(location.getPath()).isEqualTo("/bank.xhtml");
        assertThat(decoded(location)).isEqualTo("id=" + BANK + "&connection=failed&step=otp_form"
                + "&message=The bank's strong authentication was not completed.&remedy=Connect again & finish it.");
        assertThat(location.getRawQuery()).contains("remedy=Connect+again+%26+finish+it.");
    }

    @Test
    @DisplayName("a refused callback goes to the refusal page with the reason")
    void refused() {
        Response response = callback(callback -> new CompleteBankConnectionUseCase.ConnectOutcome.Refused(
                "the connection link is unknown, was already used, or has expired; start again"), "", null, "true", null);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/connect-refused.xhtml");
        assertThat(decoded(response.getLocation())).isEqualTo(
                "reason=the connection link is unknown, was already used, or has expired; start again");
    }

    @Test
    @DisplayName("Bridge failing during completion leads to the refusal page, saying that reloading will try again")
    void aggregatorFailure() {
        Response response = callback(callback -> {
            throw new AggregatorFailure(AggregatorFailure.Kind.UNAVAILABLE, "Bridge is not answering properly.");
        }, "", null, "true", null);

        assertThat(decoded(response.getLocation())).isEqualTo("reason=Bridge is not answering properly."
                + CallbackRedirects.RETRY_HINT);
    }

    @Test
    @DisplayName("an unexpected error still redirects, with no stack trace for the user")
    void unexpected() {
        Response response = callback(callback -> {
            throw new IllegalStateException("boom at com.example.Secret.method(Secret.java:12)");
        }, "", null, "true", null);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(decoded(response.getLocation())).startsWith("reason=" + CallbackRedirects.UNEXPECTED).doesNotContain("boom");
    }

    private static Response callback(CompleteBankConnectionUseCase completion, String contextPath, String user,
                                     String success, String step) {
        return new BridgeCallbackResource(completion).callback("42", "user-uuid", success, step, "connect", "c0ffee",
                request(contextPath, user));
    }

    private static HttpServletRequest request(String contextPath, String user) {
        Principal principal = user == null ? null : () -> user;
        return (HttpServletRequest) Proxy.newProxyInstance(BridgeCallbackResourceTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "getUserPrincipal" -> principal;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String decoded(URI location) {
        return URLDecoder.decode(location.getRawQuery(), StandardCharsets.UTF_8);
    }

    private static ProviderAccount proposal() {
        return new ProviderAccount(UUID.randomUUID(), null, "1", "Livret A", null, null, "savings", null, null);
    }
}
