package org.banksync.bootstrap.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The launcher's configuration, read from the environment (DESIGN.md section 5). */
record LauncherSettings(
        int httpPort,
        Path dataDir,
        Optional<String> dbUrl,
        String javaOpts,
        Optional<String> publicUrl,
        boolean bridgeConfigured,
        boolean plaidConfigured) {

    static LauncherSettings fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("BANKSYNC_HTTP_PORT", "8080"));
        Path dataDir = Optional.ofNullable(blankToNull(env.get("BANKSYNC_DATA_DIR")))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".banksync"))
                .toAbsolutePath();
        return new LauncherSettings(
                port,
                dataDir,
                Optional.ofNullable(blankToNull(env.get("BANKSYNC_DB_URL"))),
                Optional.ofNullable(blankToNull(env.get("BANKSYNC_JAVA_OPTS"))).orElse("-Xmx1g"),
                Optional.ofNullable(blankToNull(env.get("BANKSYNC_PUBLIC_URL"))),
                blankToNull(env.get("BRIDGE_CLIENT_ID")) != null,
                blankToNull(env.get("PLAID_CLIENT_ID")) != null);
    }

    String effectivePublicUrl() {
        return publicUrl.orElse("http://localhost:" + httpPort);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException("BANKSYNC_HTTP_PORT must be a port number between 1 and 65535, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
