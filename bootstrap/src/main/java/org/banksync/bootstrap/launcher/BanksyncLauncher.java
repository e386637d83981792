package org.banksync.bootstrap.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar banksync.jar}: one command that starts Banksync on a fresh machine. It starts
 * the embedded PostgreSQL (unless BANKSYNC_DB_URL names one), Payara Micro with the WAR, waits until
 * the application is ready and prints its URL; Ctrl-C or SIGTERM stops everything in reverse order.
 */
public final class BanksyncLauncher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean stopping;

    public static void main(String[] args) {
        // The in-process sandbox logs through java.util.logging: one short line each, like ours.
        System.setProperty("java.util.logging.SimpleFormatter.format", "[banksync] %4$s: %5$s%6$s%n");
        BanksyncLauncher launcher = new BanksyncLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "banksync-shutdown"));
        try {
            int exit = launcher.run(LauncherSettings.fromEnvironment(System.getenv()));
            System.exit(exit);
        } catch (LauncherException e) {
            Console.error(e.getMessage());
            System.exit(1);
        }
    }

    private int run(LauncherSettings settings) {
        Instant startedAt = Instant.now();
        Path home = installationDirectory();
        Path payaraJar = locate(home, "banksync.payara.jar", "payara-micro.jar");
        Path war = locate(home, "banksync.war", "banksync.war");
        createDataDirectory(settings.dataDir());

        Map<String, String> environment = new HashMap<>();
        environment.put("BANKSYNC_DATA_DIR", settings.dataDir().toString());
        environment.put("BANKSYNC_LAUNCHER_PID", Long.toString(ProcessHandle.current().pid()));
        environment.put("BANKSYNC_PUBLIC_URL", settings.effectivePublicUrl());
        if (System.getenv("BANKSYNC_SECRET_KEY") == null) {
            environment.put("BANKSYNC_SECRET_KEY", SecretKeyFile.readOrCreate(settings.dataDir()));
        }

        if (settings.dbUrl().isPresent()) {
            Console.info("Database: " + settings.dbUrl().get());
        } else {
            Console.info("Starting the embedded PostgreSQL in " + settings.dataDir().resolve("postgres"));
            EmbeddedDatabase database = register(EmbeddedDatabase.start(settings.dataDir().resolve("postgres")));
            environment.put("BANKSYNC_DB_URL", database.jdbcUrl());
            environment.put("BANKSYNC_DB_USER", database.user());
            environment.put("BANKSYNC_DB_PASSWORD", "");
        }
        if (!settings.bridgeConfigured()) {
            DemoBridge bridge = register(DemoBridge.start(settings.dataDir(), settings.effectivePublicUrl()));
            environment.putAll(bridge.environment());
            Console.info("DEMO MODE: BRIDGE_CLIENT_ID is unset, so Banksync talks to the Bridge sandbox at "
                    + bridge.baseUrl() + " (simulated banks, no real data). Set BRIDGE_CLIENT_ID and BRIDGE_CLIENT_SECRET"
                    + " to use Bridge.");
            if (!settings.plaidConfigured()) {
                DemoPlaid plaid = register(DemoPlaid.start(settings.dataDir(), settings.effectivePublicUrl()));
                environment.putAll(plaid.environment());
                Console.info("DEMO MODE: PLAID_CLIENT_ID is unset too, so Connect your bank also offers Plaid, through the"
                        + " Plaid sandbox at " + plaid.baseUrl() + " (log in with user_good / pass_good).");
            }
        }

        Console.info("Starting Banksync on port " + settings.httpPort() + " (log: "
                + settings.dataDir().resolve("logs").resolve("banksync.log") + ")");
        PayaraProcess payara = register(PayaraProcess.start(payaraJar, war, settings, environment));
        payara.awaitReady(START_TIMEOUT);

        Console.info("Banksync is ready at " + settings.effectivePublicUrl() + "/ (started in "
                + Duration.between(startedAt, Instant.now()).toSeconds() + " s)");
        printInitialPassword(settings.dataDir(), startedAt);
        Console.info("Press Ctrl-C to stop.");
        try {
            payara.awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping) {
            return 0;
        }
        Console.error("Payara Micro stopped on its own; see " + payara.logFile());
        return 2;
    }

    private <T extends AutoCloseable> T register(T resource) {
        synchronized (started) {
            started.push(resource);
        }
        return resource;
    }

    /** Stops what was started, newest first: Payara, then the sandboxes, then the database. */
    private void stop() {
        stopping = true;
        synchronized (started) {
            if (started.isEmpty()) {
                return;
            }
            Console.info("Stopping Banksync...");
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    Console.error("While stopping: " + e.getMessage());
                }
            }
            Console.info("Stopped.");
        }
    }

    private static void printInitialPassword(Path dataDir, Instant startedAt) {
        Path file = dataDir.resolve("initial-admin-password");
        try {
            if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isAfter(startedAt.minusSeconds(1))) {
                Console.info("First start: sign in as 'admin' with the password " + Files.readString(file).trim()
                        + " (also in " + file + ").");
            }
        } catch (IOException e) {
            Console.error("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void createDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new LauncherException("Cannot create the data directory " + dataDir + " (BANKSYNC_DATA_DIR): " + e.getMessage(), e);
        }
    }

    /** The folder banksync.jar lies in: the build puts Payara Micro and the WAR beside it. */
    private static Path installationDirectory() {
        try {
            Path location = Path.of(BanksyncLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? location : location.getParent();
        } catch (URISyntaxException e) {
            throw new LauncherException("Cannot tell where banksync.jar lies: " + e.getMessage(), e);
        }
    }

    private static Path locate(Path home, String property, String fileName) {
        Path path = System.getProperty(property) != null ? Path.of(System.getProperty(property)) : home.resolve(fileName);
        if (!Files.isRegularFile(path)) {
            throw new LauncherException(fileName + " is missing at " + path
                    + ". Build Banksync first with 'mvn -DskipTests package' and run 'java -jar bootstrap/target/banksync.jar'.");
        }
        return path;
    }
}
