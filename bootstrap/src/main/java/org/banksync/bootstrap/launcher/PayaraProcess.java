package org.banksync.bootstrap.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a child process running the WAR at the context root. Its output goes to a log
 * file under the data directory; the launcher shows the log's tail if it fails to start.
 */
final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final Path logFile;
    private final int httpPort;

    private PayaraProcess(Process process, Path logFile, int httpPort) {
        this.process = process;
        this.logFile = logFile;
        this.httpPort = httpPort;
    }

    static PayaraProcess start(Path payaraJar, Path war, LauncherSettings settings, Map<String, String> environment) {
        Path rootDir = settings.dataDir().resolve("payara");
        Path logFile = settings.dataDir().resolve("logs").resolve("banksync.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Payara 7.2025.1 predates its own JDK 25 support; its agents need dynamic loading allowed.
        command.add("-XX:+EnableDynamicAgentLoading");
        command.addAll(Arrays.asList(settings.javaOpts().trim().split("\\s+")));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--nocluster",
                "--rootdir", rootDir.toString()));
        try {
            Files.createDirectories(rootDir);
            Files.createDirectories(logFile.getParent());
            // One log per run; the previous run's stays beside it for whoever investigates.
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().putAll(environment);
            return new PayaraProcess(builder.start(), logFile, settings.httpPort());
        } catch (IOException e) {
            throw new LauncherException("Cannot start Payara Micro: " + e.getMessage(), e);
        }
    }

    Path logFile() {
        return logFile;
    }

    /** Waits until the application answers ready, or fails with the reason. */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        int undeployedAnswers = 0;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LauncherException("Payara Micro stopped during start-up (exit code " + process.exitValue()
                        + "). The end of its log:\n" + tail(40));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                // Health answers while the WAR is still deploying; once Payara has logged that its
                // boot is over, an application still missing has failed to deploy and will not come.
                boolean missing = response.body().contains("No Application deployed") && bootFinished();
                undeployedAnswers = missing ? undeployedAnswers + 1 : 0;
                if (undeployedAnswers >= 3) {
                    throw new LauncherException("Banksync failed to deploy. What the server said:\n" + failures());
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted while waiting for Banksync to start");
            }
            pause(Duration.ofMillis(500));
        }
        throw new LauncherException("Banksync was not ready after " + timeout.toSeconds() + " s. The end of its log:\n" + tail(40));
    }

    void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private boolean bootFinished() {
        try (var lines = Files.lines(logFile)) {
            return lines.anyMatch(line -> line.contains("Payara Micro") && line.contains(" ready in "));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private String failures() {
        try {
            List<String> all = Files.readAllLines(logFile);
            List<String> severe = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).contains("SEVERE")) {
                    severe.addAll(all.subList(i, Math.min(all.size(), i + 12)));
                }
            }
            return severe.isEmpty() ? tail(40) : String.join("\n", severe.subList(0, Math.min(severe.size(), 60)));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM first, so that Payara undeploys cleanly; SIGKILL if it does not go within 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
