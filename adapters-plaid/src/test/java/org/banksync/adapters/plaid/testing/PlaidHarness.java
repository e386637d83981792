package org.banksync.adapters.plaid.testing;

import org.banksync.adapters.plaid.callback.LinkCompletion;
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.client.PlaidEndpoints;
import org.banksync.adapters.plaid.config.PlaidSettings;
import org.banksync.adapters.plaid.connection.PlaidAccounts;
import org.banksync.adapters.plaid.connection.PlaidBankConnector;
import org.banksync.adapters.plaid.http.PlaidGateway;
import org.banksync.adapters.plaid.http.RequestLimiter;
import org.banksync.adapters.plaid.http.RetryPolicy;
import org.banksync.adapters.plaid.state.PlaidState;
import org.banksync.adapters.plaid.transaction.PlaidTransactionFeed;
import org.banksync.adapters.plaid.transaction.SyncLoop;
import org.banksync.adapters.plaid.transaction.UpdateTranslator;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.testing.MutableClock;
import org.banksync.sandbox.plaid.PlaidSandbox;
import org.banksync.sandbox.plaid.SandboxConfig;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewItem;
import org.banksync.sandbox.plaid.control.SandboxControl;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The Plaid sandbox on a free loopback port and the adapter wired to it as CDI would wire it, with the
 * core's in-memory provider state, an in-memory request budget, a clock that moves only when told
 * (the sandbox's too), and a sleeper that records waits instead of waiting. Fault Tolerance annotations
 * are inert here. Registered as a JUnit extension: one sandbox per test class, everything reset before
 * each test.
 */
public final class PlaidHarness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final Instant START = Instant.parse("2026-03-16T09:30:00Z");
    public static final String CLIENT_ID = "banksync-test-client";
    public static final String SECRET = "banksync-test-secret";
    public static final CompanyCode ACME = CompanyCode.of("ACME");
    public static final URI PUBLIC_URL = URI.create("http://127.0.0.1:9");

    public final MutableClock clock = new MutableClock(START);
    public final SwappableState store = new SwappableState();
    public final InMemoryRequestBudget budget = new InMemoryRequestBudget();
    public final RecordingSleeper sleeper = new RecordingSleeper(this::timePasses);
    public final RecordingCompletion completion = new RecordingCompletion(ACME);
    private final int transactionsPerAccount;
    private PlaidSandbox sandbox;
    private Stack stack;

    public PlaidHarness() {
        this(150);
    }

    public PlaidHarness(int transactionsPerAccount) {
        this.transactionsPerAccount = transactionsPerAccount;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = PlaidSandbox.start(SandboxConfig.builder().port(0).clientId(CLIENT_ID).secret(SECRET).seed(42)
                .transactionsPerAccount(transactionsPerAccount).clock(Clock.fixed(START, ZoneOffset.UTC)).build());
        stack = stack(settings(sandbox.baseUrl(), CLIENT_ID, SECRET));
        completion.readThrough(stack.connector());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stack.endpoints().close();
        sandbox.close();
    }

    /** Forgets everything on both sides; both clocks back to {@link #START}. */
    @Override
    public void beforeEach(ExtensionContext context) {
        control().reset();
        clock.set(START);
        store.clear();
        budget.clear();
        sleeper.clear();
        completion.clear();
        stack.exchange().clear();
    }

    public Stack stack() {
        return stack;
    }

    public SandboxControl control() {
        return sandbox.control();
    }

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    /**
     * An Item connected through Hosted Link and the callback, as a user would: answers its id (the
     * access token is in the adapter's state, the accounts read once, as the core does at completion).
     */
    public String connectThroughLink(String institutionId, String context) {
        URI page = stack.connector().startConnectSession(ACME,
                new BankConnector.ConnectSessionRequest(context, Optional.empty(), false));
        new HostedLinkDriver().connect(page, institutionId);
        stack.linkCompletion().complete(context, "alice");
        return completion.last().itemId();
    }

    /** An Item made at the sandbox directly (faster), its access token handed to the adapter, its accounts read. */
    public ItemRecord connectedItem(String institutionId) {
        ItemRecord item = control().createItem(new NewItem(institutionId, null, null, null, null, 730));
        stack.state().putAccessToken(new AccessToken(item.itemId(), item.accessToken()));
        stack.connector().readAccounts(ACME, item.itemId());
        return item;
    }

    /** Time passes for Banksync and for Plaid alike. */
    public void timePasses(Duration duration) {
        clock.advance(duration);
        control().advanceClock(duration);
    }

    public static PlaidSettings settings(String baseUrl, String clientId, String secret) {
        return new PlaidSettings(URI.create(baseUrl), clientId, secret, PUBLIC_URL, "Banksync", "fr",
                List.of("FR", "GB", "ES", "NL", "DE", "IE", "IT", "BE"), 730, Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** The adapter's beans as CDI wires them, on these settings. */
    public Stack stack(PlaidSettings settings) {
        RecordingExchange exchange = new RecordingExchange();
        PlaidEndpoints endpoints = new PlaidEndpoints(settings);
        PlaidGateway gateway = new PlaidGateway(exchange, new RequestLimiter(budget, sleeper, clock), sleeper, clock,
                RetryPolicy.standard());
        PlaidState state = new PlaidState(store);
        PlaidAccounts accounts = new PlaidAccounts(gateway, endpoints, state);
        PlaidBankConnector connector = new PlaidBankConnector(gateway, endpoints, accounts, state, settings, clock);
        PlaidTransactionFeed feed = new PlaidTransactionFeed(new SyncLoop(gateway, endpoints), new UpdateTranslator(state),
                accounts, state);
        return new Stack(settings, exchange, endpoints, gateway, state, accounts, connector, feed,
                new LinkCompletion(gateway, endpoints, state, completion));
    }

    /** The adapter's beans. */
    public record Stack(PlaidSettings settings, RecordingExchange exchange, PlaidEndpoints endpoints, PlaidGateway gateway,
                        PlaidState state, PlaidAccounts accounts, PlaidBankConnector connector, PlaidTransactionFeed feed,
                        LinkCompletion linkCompletion) {
    }
}
