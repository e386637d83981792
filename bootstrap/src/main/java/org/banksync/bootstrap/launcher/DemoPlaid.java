package org.banksync.bootstrap.launcher;

import org.banksync.sandbox.plaid.PlaidSandbox;
import org.banksync.sandbox.plaid.SandboxConfig;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Demo mode for Plaid: without Plaid credentials (and without Bridge's, so a real installation never
 * offers a simulator), the Plaid sandbox runs on a loopback port, with credentials generated once into
 * the data directory. Like the Bridge sandbox it keeps its data in memory.
 */
final class DemoPlaid implements AutoCloseable {

    private final PlaidSandbox sandbox;

    private DemoPlaid(PlaidSandbox sandbox) {
        this.sandbox = sandbox;
    }

    static DemoPlaid start(Path dataDir, String publicUrl) {
        Properties credentials = DemoCredentials.readOrCreate(dataDir.resolve("plaid-sandbox.properties"),
                "Credentials of the demo Plaid sandbox (not a real Plaid application)", "client-id", "secret");
        PlaidSandbox sandbox = PlaidSandbox.start(SandboxConfig.builder()
                .port(0)
                .clientId(credentials.getProperty("client-id"))
                .secret(credentials.getProperty("secret"))
                .webhookUrl(URI.create(publicUrl + "/api/webhooks/plaid"))
                .transactionsPerAccount(150)
                .build());
        return new DemoPlaid(sandbox);
    }

    String baseUrl() {
        return sandbox.baseUrl();
    }

    /** What Banksync needs to reach the sandbox, as the environment variables an operator would set for Plaid. */
    Map<String, String> environment() {
        return Map.of(
                "PLAID_BASE_URL", sandbox.baseUrl(),
                "PLAID_CLIENT_ID", sandbox.clientId(),
                "PLAID_SECRET", sandbox.secret());
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
