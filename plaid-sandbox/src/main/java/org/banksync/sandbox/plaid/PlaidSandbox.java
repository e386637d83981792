package org.banksync.sandbox.plaid;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.banksync.sandbox.plaid.api.AccountsApi;
import org.banksync.sandbox.plaid.api.Credentials;
import org.banksync.sandbox.plaid.api.ItemsApi;
import org.banksync.sandbox.plaid.api.LinkApi;
import org.banksync.sandbox.plaid.api.PlaidApi;
import org.banksync.sandbox.plaid.api.SandboxApi;
import org.banksync.sandbox.plaid.api.TransactionsApi;
import org.banksync.sandbox.plaid.clock.SandboxClock;
import org.banksync.sandbox.plaid.connect.HostedLinkPage;
import org.banksync.sandbox.plaid.control.ControlApi;
import org.banksync.sandbox.plaid.control.SandboxControl;
import org.banksync.sandbox.plaid.fault.FaultInjector;
import org.banksync.sandbox.plaid.fault.RateLimiter;
import org.banksync.sandbox.plaid.webhook.AutomaticWebhooks;
import org.banksync.sandbox.plaid.webhook.WebhookKeys;
import org.banksync.sandbox.plaid.webhook.WebhookPublisher;
import org.banksync.sandbox.plaid.world.World;

/**
 * A running Plaid sandbox: an HTTP server on its own port serving Plaid's API (the paths Banksync's
 * Plaid adapter uses), the hosted Link stand-in and the /_sandbox control API.
 */
public final class PlaidSandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PlaidSandbox.class.getName());

    private final SandboxConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookPublisher webhooks;
    private final String baseUrl;
    private final SandboxControl control;

    private PlaidSandbox(SandboxConfig config, HttpServer server, ExecutorService executor, WebhookPublisher webhooks,
                         String baseUrl) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.webhooks = webhooks;
        this.baseUrl = baseUrl;
        this.control = SandboxControl.connect(baseUrl);
    }

    /** Binds the port, wires the parts and starts serving. */
    public static PlaidSandbox start(SandboxConfig config) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.bindAddress() + ":" + config.port(), e);
        }
        int port = server.getAddress().getPort();
        String baseUrl = config.publicUrl() != null ? config.publicUrl() : "http://" + host(config.bindAddress()) + ":" + port;

        SandboxClock clock = new SandboxClock(config.clock());
        World world = new World(config.generation(), clock, config.netted(), config.initialNotReady());
        FaultInjector faults = new FaultInjector();
        RateLimiter rateLimiter = new RateLimiter(clock, config.rateLimit());
        WebhookKeys keys = new WebhookKeys(Clock.systemUTC());
        WebhookPublisher webhooks = new WebhookPublisher(keys, Clock.systemUTC(), config.webhookUrl());
        AutomaticWebhooks automatic = new AutomaticWebhooks(webhooks, clock);
        world.listen(automatic);

        PlaidApi plaid = new PlaidApi(world, new Credentials(config.clientId(), config.secret()));
        new LinkApi(world, baseUrl, webhooks::defaultUrl).register(plaid);
        new ItemsApi(world, rateLimiter, keys).register(plaid);
        new AccountsApi(world, rateLimiter).register(plaid);
        new TransactionsApi(world, rateLimiter).register(plaid);
        new SandboxApi(world, automatic, webhooks::defaultUrl).register(plaid);
        HostedLinkPage hostedLink = new HostedLinkPage(world, webhooks::defaultUrl);
        Runnable reset = () -> {
            world.reset();
            faults.clear();
            rateLimiter.reset();
            webhooks.reset();
            clock.reset();
        };
        ControlApi control = new ControlApi(new ControlApi.Parts(world, clock, faults, rateLimiter, webhooks, automatic,
                reset));

        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext("/", new SandboxHttpHandler(plaid, hostedLink, control, faults));
        server.setExecutor(executor);
        server.start();
        LOG.log(Level.INFO, "Plaid sandbox serving {0} (seed {1}, {2} transactions per account, {3} sync pages)",
                baseUrl, Long.toString(config.seed()), Integer.toString(config.transactionsPerAccount()),
                config.netted() ? "netted" : "raw");
        return new PlaidSandbox(config, server, executor, webhooks, baseUrl);
    }

    /** Where Plaid's API lives, e.g. http://127.0.0.1:41234 (no trailing slash): the adapter's base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SandboxConfig config() {
        return config;
    }

    public String clientId() {
        return config.clientId();
    }

    public String secret() {
        return config.secret();
    }

    /** The typed control handle (it calls this sandbox's /_sandbox API). */
    public SandboxControl control() {
        return control;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        webhooks.close();
        LOG.log(Level.DEBUG, "Plaid sandbox at {0} stopped", baseUrl);
    }

    private static String host(String bindAddress) {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::")) {
            return "localhost";
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }
}
