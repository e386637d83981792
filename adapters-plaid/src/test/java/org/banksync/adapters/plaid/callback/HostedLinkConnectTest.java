package org.banksync.adapters.plaid.callback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.plaid.testing.HostedLinkDriver;
import org.banksync.adapters.plaid.testing.PlaidHarness;
import org.banksync.adapters.plaid.testing.RecordingCompletion;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectCallback;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.banksync.sandbox.plaid.data.Institutions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.plaid.testing.PlaidHarness.ACME;

@DisplayName("Connecting through Hosted Link and the callback, against the sandbox")
class HostedLinkConnectTest {

    private static final String CONTEXT = "c0ffee".repeat(10) + "0123";
    private static final String HASH = org.banksync.adapters.plaid.state.PlaidState.contextHash(CONTEXT);

    @RegisterExtension
    static final PlaidHarness plaid = new PlaidHarness();

    private final HostedLinkDriver browser = new HostedLinkDriver();

    @Test
    @DisplayName("a new Item: the hosted page sends the browser back with the context; its public token is exchanged and the core completes it")
    void connectsANewItem() {
        URI page = plaid.stack().connector().startConnectSession(ACME, new ConnectSessionRequest(CONTEXT, Optional.empty(), false));
        assertThat(page.toString()).startsWith(plaid.baseUrl() + "/hosted-link/");
        assertThat(plaid.store.isSecret("link/" + HASH)).isTrue();

        URI back = browser.connect(page, Institutions.FRENCH_BANK);
        assertThat(back).isEqualTo(URI.create("http://127.0.0.1:9/api/plaid/callback?context=" + CONTEXT));

        Response response = resource().callback(CONTEXT, request("alice"));

        ConnectCallback callback = plaid.completion.last();
        assertThat(callback.provider()).isEqualTo(Provider.PLAID);
        assertThat(callback.context()).isEqualTo(CONTEXT);
        assertThat(callback.success()).isTrue();
        assertThat(callback.step()).isNull();
        assertThat(callback.callerUsername()).isEqualTo("alice");
        String itemId = callback.itemId();
        assertThat(plaid.control().item(itemId).institutionId()).isEqualTo(Institutions.FRENCH_BANK);
        assertThat(plaid.store.get("item/" + itemId + "/access-token")).contains(plaid.control().item(itemId).accessToken());
        assertThat(plaid.store.isSecret("item/" + itemId + "/access-token")).isTrue();
        assertThat(plaid.store.get("link/" + HASH)).isEmpty();
        assertThat(plaid.store.get("link/" + HASH + "/item")).isEmpty();
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).startsWith("/bank.xhtml?id=" + RecordingCompletion.BANK
                + "&connection=connected&linked=2");
    }

    @Test
    @DisplayName("the user leaves Link: the core hears of a failed flow at the step Plaid reports, and no Item is made")
    void userExits() {
        URI page = plaid.stack().connector().startConnectSession(ACME, new ConnectSessionRequest(CONTEXT, Optional.empty(), false));
        browser.exit(page);

        Response response = resource().callback(CONTEXT, request(null));

        assertThat(plaid.completion.last()).isEqualTo(new ConnectCallback(Provider.PLAID, CONTEXT, false, null,
                LinkCompletion.EXIT_STEP, null));
        assertThat(response.getLocation().getRawQuery()).contains("connection=failed", "step=exit");
        assertThat(plaid.store.get("link/" + HASH)).isEmpty();
    }

    @Test
    @DisplayName("a context Banksync never gave a link token for reaches the core as a failure without any call to Plaid")
    void unknownContext() {
        resource().callback("feed".repeat(16), request(null));

        assertThat(plaid.completion.last().success()).isFalse();
        assertThat(plaid.stack().exchange().attempts()).isEmpty();
    }

    @Test
    @DisplayName("a reconnection repairs the same Item in update mode: the core completes it again, and it is healthy")
    void reconnectsInUpdateMode() {
        String itemId = plaid.connectThroughLink(Institutions.FRENCH_BANK, "ab".repeat(32));
        plaid.control().expireConsent(itemId);
        assertThat(plaid.stack().connector().readItem(ACME, itemId).state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);

        URI page = plaid.stack().connector().startConnectSession(ACME, new ConnectSessionRequest(CONTEXT, Optional.of(itemId), true));
        assertThat(plaid.store.get("link/" + HASH + "/item")).contains(itemId);
        browser.reconnect(page);
        resource().callback(CONTEXT, request("alice"));

        assertThat(plaid.completion.last()).isEqualTo(new ConnectCallback(Provider.PLAID, CONTEXT, true, itemId, null, "alice"));
        assertThat(plaid.stack().connector().readItem(ACME, itemId).state()).isEqualTo(ConnectionState.OK);
        assertThat(plaid.stack().exchange().attempts("POST /item/public_token/exchange")).hasSize(1);
    }

    @Test
    @DisplayName("reloading the callback after Plaid failed during completion completes the same Item, without a second exchange")
    void reloadAfterFailure() {
        URI page = plaid.stack().connector().startConnectSession(ACME, new ConnectSessionRequest(CONTEXT, Optional.empty(), false));
        browser.connect(page, Institutions.FIRST_PLATYPUS);
        plaid.control().injectFault(org.banksync.sandbox.plaid.fault.Fault.internalServerError(4).on("/accounts/get"));

        Response failed = resource().callback(CONTEXT, request(null));
        assertThat(failed.getLocation().getPath()).isEqualTo("/connect-refused.xhtml");
        assertThat(java.net.URLDecoder.decode(failed.getLocation().getRawQuery(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Plaid is not answering properly", "reload this page");
        String itemId = plaid.completion.last().itemId();

        Response reloaded = resource().callback(CONTEXT, request(null));

        assertThat(reloaded.getLocation().getQuery()).contains("connection=connected");
        assertThat(plaid.completion.last().itemId()).isEqualTo(itemId);
        assertThat(plaid.stack().exchange().attempts("POST /item/public_token/exchange")).hasSize(1);
    }

    @Test
    @DisplayName("an unexpected error still redirects, with no stack trace for the user")
    void unexpectedError() {
        PlaidCallbackResource failing = new PlaidCallbackResource(new LinkCompletion() {
            @Override
            public org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectOutcome complete(
                    String context, String callerUsername) {
                throw new IllegalStateException("boom at com.example.Secret.method(Secret.java:12)");
            }
        });

        Response response = failing.callback(CONTEXT, request(null));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/connect-refused.xhtml");
        assertThat(response.getLocation().getRawQuery()).doesNotContain("boom");
    }

    private static PlaidCallbackResource resource() {
        return new PlaidCallbackResource(plaid.stack().linkCompletion());
    }

    private static HttpServletRequest request(String user) {
        Principal principal = user == null ? null : () -> user;
        return (HttpServletRequest) Proxy.newProxyInstance(HostedLinkConnectTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "";
                    case "getUserPrincipal" -> principal;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
