package org.banksync.sandbox.bridge;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.banksync.sandbox.bridge.api.AppCredentials;
import org.banksync.sandbox.bridge.api.BridgeApi;
import org.banksync.sandbox.bridge.api.UserAuthenticator;
import org.banksync.sandbox.bridge.api.Views;
import org.banksync.sandbox.bridge.clock.SandboxClock;
import org.banksync.sandbox.bridge.connect.ConnectPage;
import org.banksync.sandbox.bridge.control.ControlApi;
import org.banksync.sandbox.bridge.control.SandboxControl;
import org.banksync.sandbox.bridge.fault.FaultInjector;
import org.banksync.sandbox.bridge.fault.RateLimiter;
import org.banksync.sandbox.bridge.webhook.AutomaticWebhooks;
import org.banksync.sandbox.bridge.webhook.WebhookEvents;
import org.banksync.sandbox.bridge.webhook.WebhookPublisher;
import org.banksync.sandbox.bridge.world.World;

/**
 * A running Bridge sandbox: an HTTP server on its own port serving Bridge's v3 API, the hosted
 * connect page and the /_sandbox control API.
 */
public final class BridgeSandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BridgeSandbox.class.getName());

    private final SandboxConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookPublisher webhooks;
    private final String baseUrl;
    private final SandboxControl control;

    private BridgeSandbox(SandboxConfig config, HttpServer server, ExecutorService executor, WebhookPublisher webhooks,
                          String baseUrl) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.webhooks = webhooks;
        this.baseUrl = baseUrl;
        this.control = SandboxControl.connect(baseUrl);
    }

    /** Binds the port, wires the parts and starts serving. */
    public static BridgeSandbox start(SandboxConfig config) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.bindAddress() + ":" + config.port(), e);
        }
        int port = server.getAddress().getPort();
        String baseUrl = config.publicUrl() != null ? config.publicUrl() : "http://" + host(config.bindAddress()) + ":" + port;

        SandboxClock clock = new SandboxClock(config.clock());
        World world = new World(config.generation(), clock);
        FaultInjector faults = new FaultInjector();
        RateLimiter rateLimiter = new RateLimiter(clock, config.rateLimit(), 60);
        WebhookEvents events = new WebhookEvents(world);
        WebhookPublisher webhooks = new WebhookPublisher(
                new WebhookPublisher.Settings(config.webhookUrl(), config.webhookSecret(), null));
        AutomaticWebhooks automatic = new AutomaticWebhooks(world, events, webhooks);
        BridgeApi bridge = new BridgeApi(world, new AppCredentials(config.clientId(), config.clientSecret()),
                new UserAuthenticator(world, rateLimiter), new Views(baseUrl), baseUrl, config.requireUserEmail(),
                new BridgeApi.Listeners(automatic::userDeleted, automatic::itemDeleted));
        ConnectPage connect = new ConnectPage(world, automatic);
        Runnable reset = () -> {
            world.reset();
            connect.reset();
            faults.clear();
            rateLimiter.configure(config.rateLimit(), 60);
            webhooks.reset();
            clock.reset();
        };
        ControlApi control = new ControlApi(new ControlApi.Parts(world, clock, faults, rateLimiter, webhooks, events, reset));

        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext("/", new SandboxHttpHandler(bridge, connect, control, faults));
        server.setExecutor(executor);
        server.start();
        LOG.log(Level.INFO, "Bridge sandbox serving {0} (seed {1}, {2} transactions per account, {3} months)",
                baseUrl, Long.toString(config.seed()), Integer.toString(config.transactionsPerAccount()),
                Integer.toString(config.historyMonths()));
        return new BridgeSandbox(config, server, executor, webhooks, baseUrl);
    }

    /** Where Bridge's API lives, e.g. http://127.0.0.1:41234 (no trailing slash, no /v3). */
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

    public String clientSecret() {
        return config.clientSecret();
    }

    public String webhookSecret() {
        return config.webhookSecret();
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
        LOG.log(Level.DEBUG, "Bridge sandbox at {0} stopped", baseUrl);
    }

    private static String host(String bindAddress) {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::")) {
            return "localhost";
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }
}
