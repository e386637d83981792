package org.banksync.bootstrap.testing;

import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.sandbox.bridge.BridgeSandbox;
import org.banksync.sandbox.plaid.PlaidSandbox;
import org.banksync.sandbox.bridge.SandboxConfig;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;

/**
 * Before the first deployment, starts what Banksync talks to (the test PostgreSQL, the Bridge and
 * the Plaid sandboxes) in this JVM, picks Payara's HTTP port, and hands everything to arquillian.xml through
 * system properties. Only in the Failsafe run, where the WAR exists.
 */
public class TestEnvironmentSession implements LauncherSessionListener {

    public static final String ADMIN_PASSWORD = "it-admin-Secret-1";
    public static final String SANDBOX_CLIENT_ID = "it-client";
    public static final String SANDBOX_CLIENT_SECRET = "it-client-secret";
    public static final String WEBHOOK_SECRET = "it-webhook-secret";

    public static final String PLAID_CLIENT_ID = "it-plaid-client";
    public static final String PLAID_SECRET = "it-plaid-secret";

    private static BridgeSandbox sandbox;
    private static PlaidSandbox plaid;
    private static URI banksync;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("banksync.war") == null) {
            return;
        }
        TestDatabase database = TestDatabase.get();
        System.setProperty("banksync.test.db.url", database.url());
        System.setProperty("banksync.test.db.user", database.user());
        System.setProperty("banksync.test.db.password", database.password());
        System.setProperty("banksync.test.admin.password", ADMIN_PASSWORD);
        int port = freePort();
        banksync = URI.create("http://localhost:" + port + "/banksync/");
        System.setProperty("banksync.test.http.port", Integer.toString(port));
        System.setProperty("banksync.test.public.url", "http://localhost:" + port + "/banksync");
        sandbox = BridgeSandbox.start(SandboxConfig.builder()
                .port(0)
                .clientId(SANDBOX_CLIENT_ID)
                .clientSecret(SANDBOX_CLIENT_SECRET)
                .webhookSecret(WEBHOOK_SECRET)
                .webhookUrl(banksync.resolve("api/webhooks/bridge"))
                .seed(42)
                .transactionsPerAccount(Integer.getInteger("banksync.test.sandbox.transactions", 1_200))
                .historyMonths(Boolean.getBoolean("banksync.benchmark") ? 36 : 12)
                .build());
        System.setProperty("banksync.test.bridge.url", sandbox.baseUrl());
        plaid = PlaidSandbox.start(org.banksync.sandbox.plaid.SandboxConfig.builder()
                .port(0)
                .clientId(PLAID_CLIENT_ID)
                .secret(PLAID_SECRET)
                .webhookUrl(banksync.resolve("api/webhooks/plaid"))
                .seed(42)
                .build());
        System.setProperty("banksync.test.plaid.url", plaid.baseUrl());
        // The benchmark measures Banksync's ingestion, not Bridge's published rate limit (500 rows x 60 pages per minute).
        System.setProperty("banksync.test.extra.options", Boolean.getBoolean("banksync.benchmark")
                ? "-Dbridge.rate.user-per-minute=1000000 -Dbridge.rate.app-per-5-minutes=1000000" : "-Dbanksync.test.run=true");
        try {
            System.setProperty("banksync.test.data.dir", Files.createTempDirectory("banksync-it").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (sandbox != null) {
            sandbox.close();
        }
        if (plaid != null) {
            plaid.close();
        }
    }

    /** The Bridge sandbox Banksync talks to in this test run. */
    public static BridgeSandbox sandbox() {
        return sandbox;
    }

    /** The Plaid sandbox Banksync talks to in this test run. */
    public static PlaidSandbox plaid() {
        return plaid;
    }

    /** Banksync's base URL in this test run (the WAR's context root). */
    public static URI banksync() {
        return banksync;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
