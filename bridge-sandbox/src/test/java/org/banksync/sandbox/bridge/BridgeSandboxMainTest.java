package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line configures the sandbox")
class BridgeSandboxMainTest {

    @Test
    @DisplayName("options set port, credentials, seed and data size; unset secrets are generated")
    void parsesOptions() {
        SandboxConfig config = BridgeSandboxMain.parse(new String[] {"--port", "9090", "--client-id", "cid",
            "--client-secret", "secret", "--seed", "42", "--transactions-per-account", "500", "--rate-limit"});
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.clientId()).isEqualTo("cid");
        assertThat(config.clientSecret()).isEqualTo("secret");
        assertThat(config.webhookSecret()).hasSize(48);
        assertThat(config.transactionsPerAccount()).isEqualTo(500);
        assertThat(config.rateLimit()).isTrue();
    }

    @Test
    @DisplayName("unknown options and out-of-range history are refused")
    void refusesNonsense() {
        assertThatThrownBy(() -> BridgeSandboxMain.parse(new String[] {"--colour", "blue"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BridgeSandboxMain.parse(new String[] {"--history-months", "37"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
