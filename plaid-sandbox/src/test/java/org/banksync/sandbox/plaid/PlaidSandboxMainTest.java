package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.banksync.sandbox.plaid.control.SandboxControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line configures the sandbox and announces it in one line")
class PlaidSandboxMainTest {

    @Test
    @DisplayName("options set port, keys, seed, data size and switches; unset keys are generated")
    void parsesOptions() {
        SandboxConfig config = PlaidSandboxMain.parse(new String[] {"--port", "9091", "--client-id", "cid", "--secret",
            "sec", "--seed", "7", "--transactions-per-account", "500", "--webhook-url", "http://127.0.0.1:8080/hook",
            "--raw", "--initial-not-ready", "--rate-limit"});
        assertThat(config.port()).isEqualTo(9091);
        assertThat(config.clientId()).isEqualTo("cid");
        assertThat(config.secret()).isEqualTo("sec");
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.transactionsPerAccount()).isEqualTo(500);
        assertThat(config.webhookUrl()).hasToString("http://127.0.0.1:8080/hook");
        assertThat(config.netted()).isFalse();
        assertThat(config.initialNotReady()).isTrue();
        assertThat(config.rateLimit()).isTrue();

        SandboxConfig defaults = PlaidSandboxMain.parse(new String[0]);
        assertThat(defaults.port()).isEqualTo(9091);
        assertThat(defaults.clientId()).matches("[0-9a-f]{24}");
        assertThat(defaults.secret()).matches("[0-9a-f]{30}");
        assertThat(defaults.netted()).isTrue();
    }

    @Test
    @DisplayName("unknown options and nonsense values are refused")
    void refusesNonsense() {
        assertThatThrownBy(() -> PlaidSandboxMain.parse(new String[] {"--colour", "blue"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaidSandboxMain.parse(new String[] {"--transactions-per-account", "0"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaidSandboxMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("run alone, it prints exactly one line with its address and keys, serves, and stops on SIGTERM")
    void printsItsLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                PlaidSandboxMain.class.getName(), "--port", "0",
                "--client-id", "main-client", "--secret", "main-secret", "--seed", "42"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher matcher = Pattern.compile("Plaid sandbox listening on (http://127\\.0\\.0\\.1:\\d+) \\(client id"
                    + " main-client, secret main-secret\\)").matcher(line == null ? "" : line);
            assertThat(matcher.matches()).as(line).isTrue();
            assertThat(SandboxControl.connect(matcher.group(1)).health()).isEqualTo("UP");
            assertThat(out.ready()).as("nothing else on standard output").isFalse();
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }
    }
}
