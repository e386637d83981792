package org.banksync.bootstrap.launcher;

import org.banksync.sandbox.bridge.BridgeSandbox;
import org.banksync.sandbox.bridge.SandboxConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Demo mode: without Bridge credentials, the Bridge sandbox runs on a loopback port and Banksync
 * talks to it exactly as it would talk to Bridge. The sandbox's credentials are generated once into
 * the data directory and handed to both sides. Its data lives in memory: items connected in an
 * earlier run are gone after a restart (connect Demo Bank again).
 */
final class DemoBridge implements AutoCloseable {

    private final BridgeSandbox sandbox;

    private DemoBridge(BridgeSandbox sandbox) {
        this.sandbox = sandbox;
    }

    static DemoBridge start(Path dataDir, String publicUrl) {
        Properties credentials = DemoCredentials.readOrCreate(dataDir.resolve("bridge-sandbox.properties"),
                "Credentials of the demo Bridge sandbox (not a real Bridge application)", "client-id", "client-secret", "webhook-secret");
        BridgeSandbox sandbox = BridgeSandbox.start(SandboxConfig.builder()
                .port(0)
                .clientId(credentials.getProperty("client-id"))
                .clientSecret(credentials.getProperty("client-secret"))
                .webhookSecret(credentials.getProperty("webhook-secret"))
                .webhookUrl(java.net.URI.create(publicUrl + "/api/webhooks/bridge"))
                .historyMonths(24)
                .transactionsPerAccount(400)
                .build());
        return new DemoBridge(sandbox);
    }

    String baseUrl() {
        return sandbox.baseUrl();
    }

    /** What Banksync needs to reach the sandbox, as the environment variables an operator would set for Bridge. */
    Map<String, String> environment() {
        return Map.of(
                "BRIDGE_BASE_URL", sandbox.baseUrl(),
                "BRIDGE_CLIENT_ID", sandbox.clientId(),
                "BRIDGE_CLIENT_SECRET", sandbox.clientSecret(),
                "BRIDGE_WEBHOOK_SECRET", sandbox.webhookSecret(),
                "BANKSYNC_DEMO_MODE", "true");
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
