package org.banksync.adapters.bridge.webhook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"content\":{\"item_id\":4568565},\"timestamp\":1612783550980,\"type\":\"item.refreshed\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    @DisplayName("a v1 signature of the raw body under the secret is accepted, in upper or lower case")
    void acceptsTheRightSignature() {
        String v1 = WebhookSignature.sign(BODY, "secret");
        assertThat(v1).matches("[0-9A-F]{64}");
        assertThat(WebhookSignature.verify(BODY, "v1=" + v1, List.of("secret"))).isTrue();
        assertThat(WebhookSignature.verify(BODY, "v1=" + v1.toLowerCase(Locale.ROOT), List.of("secret"))).isTrue();
    }

    @Test
    @DisplayName("during a rotation either secret verifies, and any of two v1 values may match")
    void acceptsEitherSecretDuringRotation() {
        String old = WebhookSignature.sign(BODY, "old");
        String fresh = WebhookSignature.sign(BODY, "new");
        assertThat(WebhookSignature.verify(BODY, "v1=" + old, List.of("new", "old"))).isTrue();
        assertThat(WebhookSignature.verify(BODY, "v1=" + "0".repeat(64) + ",v1=" + fresh, List.of("new"))).isTrue();
    }

    @Test
    @DisplayName("a wrong secret, a changed body, another scheme, no header or no secret configured are refused")
    void refusesEverythingElse() {
        String v1 = WebhookSignature.sign(BODY, "secret");
        byte[] changed = "{\"type\":\"item.deleted\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.verify(BODY, "v1=" + v1, List.of("other"))).isFalse();
        assertThat(WebhookSignature.verify(changed, "v1=" + v1, List.of("secret"))).isFalse();
        assertThat(WebhookSignature.verify(BODY, "v0=" + v1, List.of("secret"))).isFalse();
        assertThat(WebhookSignature.verify(BODY, null, List.of("secret"))).isFalse();
        assertThat(WebhookSignature.verify(BODY, "v1=" + v1, List.of())).isFalse();
    }
}
