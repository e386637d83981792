package org.banksync.adapters.bridge.config;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Bridge settings")
class BridgeSettingsTest {

    @Test
    @DisplayName("without configuration: Bridge's production host, the local callback, the default mailbox, no credentials")
    void defaults() {
        BridgeSettings settings = settings(Map.of());

        assertThat(settings.baseUrl()).hasToString("https://api.bridgeapi.io");
        assertThat(settings.callbackUrl()).hasToString("http://localhost:8080/api/bridge/callback");
        assertThat(settings.userEmail()).isEqualTo("finance@banksync.local");
        assertThat(settings.hasCredentials()).isFalse();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("reads every key, tolerating a trailing slash on the URLs")
    void configured() {
        BridgeSettings settings = settings(Map.of("bridge.base.url", "http://127.0.0.1:9090/",
                "bridge.client.id", "id-1", "bridge.client.secret", "s3cret", "bridge.webhook.secret", "wh",
                "bridge.webhook.secret.previous", "wh-old", "banksync.public.url", "https://books.acme.fr/",
                "bridge.user.email", "compta@acme.fr", "bridge.read.timeout.seconds", "12"));

        assertThat(settings.baseUrl()).hasToString("http://127.0.0.1:9090");
        assertThat(settings.callbackUrl()).hasToString("https://books.acme.fr/api/bridge/callback");
        assertThat(settings.clientSecret()).isEqualTo("s3cret");
        assertThat(settings.webhookSecretPrevious()).isEqualTo("wh-old");
        assertThat(settings.userEmail()).isEqualTo("compta@acme.fr");
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    @DisplayName("never prints a secret")
    void secretsMasked() {
        BridgeSettings settings = settings(Map.of("bridge.client.secret", "s3cret", "bridge.webhook.secret", "wh-secret"));

        assertThat(settings.toString()).doesNotContain("s3cret", "wh-secret").contains("clientSecret=****");
    }

    private static BridgeSettings settings(Map<String, String> values) {
        return new BridgeSettingsProducer(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100)).build()).settings();
    }
}
