package org.banksync.bootstrap.launcher;

import org.banksync.sandbox.bridge.BridgeSandbox;
import org.banksync.sandbox.bridge.SandboxConfig;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
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
        Properties credentials = credentials(dataDir.resolve("bridge-sandbox.properties"));
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

    private static Properties credentials(Path file) {
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
                return properties;
            }
            properties.setProperty("client-id", "demo-" + random(8));
            properties.setProperty("client-secret", random(24));
            properties.setProperty("webhook-secret", random(24));
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Credentials of the demo Bridge sandbox (not a real Bridge application)");
            }
            return properties;
        } catch (IOException e) {
            throw new LauncherException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
