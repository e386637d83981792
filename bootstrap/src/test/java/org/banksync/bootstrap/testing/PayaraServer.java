package org.banksync.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real WAR on Payara Micro in a process of its own, as the launcher runs it, so that a test can
 * kill it with SIGKILL and start another on the same database: what a crash looks like.
 */
public final class PayaraServer implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final Path log;

    private PayaraServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the WAR at {@code /<contextRoot>} on {@code port} with the test run's database and sandbox. */
    public static PayaraServer start(int port, String contextRoot, List<String> extraProperties) {
        try {
            Path root = Files.createTempDirectory("payara-" + contextRoot);
            Path log = root.resolve("server.log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+EnableDynamicAgentLoading", "-Xmx512m",
                    "-Dbanksync.db.url=" + System.getProperty("banksync.test.db.url"),
                    "-Dbanksync.db.user=" + System.getProperty("banksync.test.db.user"),
                    "-Dbanksync.db.password=" + System.getProperty("banksync.test.db.password"),
                    "-Dbanksync.admin.password=" + TestEnvironmentSession.ADMIN_PASSWORD,
                    "-Dbanksync.data.dir=" + root,
                    "-Dbanksync.public.url=http://localhost:" + port + "/" + contextRoot,
                    "-Dbanksync.secret.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                    "-Dbridge.base.url=" + System.getProperty("banksync.test.bridge.url"),
                    "-Dbridge.client.id=" + TestEnvironmentSession.SANDBOX_CLIENT_ID,
                    "-Dbridge.client.secret=" + TestEnvironmentSession.SANDBOX_CLIENT_SECRET,
                    "-Dbridge.webhook.secret=" + TestEnvironmentSession.WEBHOOK_SECRET,
                    "-Dplaid.base.url=" + System.getProperty("banksync.test.plaid.url"),
                    "-Dplaid.client.id=" + TestEnvironmentSession.PLAID_CLIENT_ID,
                    "-Dplaid.secret=" + TestEnvironmentSession.PLAID_SECRET));
            command.addAll(extraProperties);
            command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("banksync.war"),
                    "--contextroot", contextRoot, "--port", Integer.toString(port), "--nocluster", "--rootdir", root.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PayaraServer server = new PayaraServer(process, URI.create("http://localhost:" + port + "/" + contextRoot + "/"), log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    /** SIGKILL: no shutdown hook, no undeployment, no chance to finish the page in flight. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = base.resolve("/health/ready");
        Poll.until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Payara stopped during start-up; see " + log);
            }
            try {
                return client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }, status -> status == 200, Duration.ofMinutes(4), "Payara at " + base + " to be ready (log " + log + ")");
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
