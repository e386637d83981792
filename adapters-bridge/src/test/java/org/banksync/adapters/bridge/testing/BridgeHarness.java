package org.banksync.adapters.bridge.testing;

import org.banksync.adapters.bridge.client.BridgeEndpoints;
import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.adapters.bridge.connection.BridgeBankConnector;
import org.banksync.adapters.bridge.http.BridgeGateway;
import org.banksync.adapters.bridge.http.RequestLimiter;
import org.banksync.adapters.bridge.http.RetryPolicy;
import org.banksync.adapters.bridge.session.BridgeUsers;
import org.banksync.adapters.bridge.session.Pager;
import org.banksync.adapters.bridge.transaction.BridgeTransactionPages;
import org.banksync.domain.company.CompanyCode;
import org.banksync.sandbox.bridge.BridgeSandbox;
import org.banksync.sandbox.bridge.SandboxConfig;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.banksync.sandbox.bridge.control.SandboxControl;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * The Bridge sandbox on a free loopback port and the adapter wired to it as CDI would wire it, with
 * test doubles for the ports, a clock that moves only when told (the sandbox's too), and a sleeper
 * that records waits instead of waiting. Fault Tolerance annotations are inert here. Registered as a
 * JUnit extension: one sandbox per test class, everything reset before each test.
 */
public final class BridgeHarness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final Instant START = Instant.parse("2026-03-16T09:30:00Z");
    public static final String CLIENT_ID = "x";
    public static final String CLIENT_SECRET = "y";
    public static final CompanyCode ACME = CompanyCode.of("ACME");

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryAggregatorUsers users = new InMemoryAggregatorUsers();
    public final InMemoryRequestBudget budget = new InMemoryRequestBudget();
    public final RecordingSleeper sleeper = new RecordingSleeper(this::timePasses);
    private BridgeSandbox sandbox;
    private Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = BridgeSandbox.start(SandboxConfig.builder().port(0)
                .clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).webhookSecret("z").seed(42)
                .transactionsPerAccount(3000).clock(Clock.fixed(START, ZoneOffset.UTC)).build());
        stack = stack(UnaryOperator.identity());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sandbox.close();
    }

    /** Forgets everything on both sides; both clocks back to {@link #START}. */
    @Override
    public void beforeEach(ExtensionContext context) {
        control().reset();
        clock.set(START);
        users.clear();
        budget.clear();
        sleeper.clear();
        stack.exchange().clear();
    }

    /** The adapter wired to the sandbox. */
    public Stack stack() {
        return stack;
    }

    /** The adapter as CDI wires it, on settings derived from the sandbox's. */
    public Stack stack(UnaryOperator<BridgeSettings> adjust) {
        BridgeSettings settings = adjust.apply(new BridgeSettings(URI.create(sandbox.baseUrl()), CLIENT_ID,
                CLIENT_SECRET, "z", null, URI.create("http://localhost:8080"), "finance@acme.test",
                Duration.ofSeconds(2), Duration.ofSeconds(10)));
        RecordingExchange exchange = new RecordingExchange();
        BridgeEndpoints endpoints = new BridgeEndpoints(settings);
        BridgeGateway gateway = new BridgeGateway(exchange, new RequestLimiter(budget, sleeper, clock), sleeper, clock,
                RetryPolicy.standard());
        BridgeUsers bridgeUsers = new BridgeUsers(users, gateway, endpoints, clock);
        Pager pager = new Pager(endpoints);
        return new Stack(settings, exchange, endpoints, gateway, bridgeUsers,
                new BridgeBankConnector(bridgeUsers, pager, endpoints, gateway, settings, clock),
                new BridgeTransactionPages(bridgeUsers, pager, endpoints));
    }

    public SandboxControl control() {
        return sandbox.control();
    }

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    /** Time passes for Banksync and for Bridge alike. */
    public void timePasses(Duration duration) {
        clock.advance(duration);
        control().advanceClock(duration);
    }

    /** An item connected at Bridge for the company's Bridge user (created if needed), as if the connect page was used. */
    public ItemRecord connectedItem(CompanyCode company, String login) {
        String userRef = stack.bridgeUsers().open(company).userRef();
        return control().connectItem(userRef, 574, login);
    }

    /** The adapter's beans. */
    public record Stack(BridgeSettings settings, RecordingExchange exchange, BridgeEndpoints endpoints,
                        BridgeGateway gateway, BridgeUsers bridgeUsers, BridgeBankConnector connector,
                        BridgeTransactionPages transactions) {
    }
}
