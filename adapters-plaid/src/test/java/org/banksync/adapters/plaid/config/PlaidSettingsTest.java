package org.banksync.adapters.plaid.config;

import org.banksync.adapters.plaid.testing.PlaidHarness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Plaid's settings")
class PlaidSettingsTest {

    @Test
    @DisplayName("the secret never shows in the settings' text; unset credentials are reported as missing")
    void secretMasked() {
        PlaidSettings settings = PlaidHarness.settings("https://sandbox.plaid.com/", "client-1", "s3cr3t-value");

        assertThat(settings.toString()).contains("client-1", "secret=****").doesNotContain("s3cr3t-value");
        assertThat(settings.hasCredentials()).isTrue();
        assertThat(PlaidHarness.settings("https://sandbox.plaid.com", "client-1", " ").hasCredentials()).isFalse();
        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://sandbox.plaid.com"));
    }

    @Test
    @DisplayName("the callback carries the context; the webhook is under /api on the public URL")
    void addresses() {
        PlaidSettings settings = new PlaidSettings(URI.create("https://sandbox.plaid.com"), "c", "s",
                URI.create("https://erp.example/"), "Banksync", "fr", List.of("FR"), 730, Duration.ofSeconds(5),
                Duration.ofSeconds(30));

        assertThat(settings.callbackUrl("ab12")).isEqualTo(URI.create("https://erp.example/api/plaid/callback?context=ab12"));
        assertThat(settings.webhookUrl()).isEqualTo(URI.create("https://erp.example/api/webhooks/plaid"));
    }

    @Test
    @DisplayName("country codes are upper-cased and limited to Plaid's list; the client name fits Plaid's 30 characters")
    void validated() {
        assertThat(PlaidSettingsProducer.countries("fr, gb,XX  de,FR")).containsExactly("FR", "GB", "DE");
        assertThat(PlaidSettingsProducer.countries(PlaidSettingsProducer.DEFAULT_COUNTRIES)).hasSize(18).startsWith("FR");
        assertThatThrownBy(() -> new PlaidSettings(URI.create("https://sandbox.plaid.com"), "c", "s",
                URI.create("https://erp.example"), "A name much longer than thirty characters", "fr", List.of("FR"), 730,
                Duration.ofSeconds(5), Duration.ofSeconds(30))).hasMessageContaining("30");
        assertThatThrownBy(() -> new PlaidSettings(URI.create("https://sandbox.plaid.com"), "c", "s",
                URI.create("https://erp.example"), "Banksync", "fr", List.of(), 730, Duration.ofSeconds(5),
                Duration.ofSeconds(30))).hasMessageContaining("country");
    }
}
