package org.banksync.adapters.persistence.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("SecretCipher seals stored secrets with AES-256-GCM, bound to their row")
class SecretCipherTest {

    private static final String TOKEN = "bridge-access-token-3f9a…é";
    private static final String ROW = "provider_user:bridge:ACME";

    private final byte[] key = randomKey(SecretCipher.KEY_BYTES);
    private final SecretCipher cipher = new SecretCipher(key);

    @Test
    @DisplayName("what is sealed opens again, for the same row, as it was")
    void roundTrip() {
        assertThat(cipher.decrypt(cipher.encrypt(TOKEN, ROW), ROW)).isEqualTo(TOKEN);
        assertThat(cipher.decrypt(cipher.encrypt("", ROW), ROW)).isEmpty();
    }

    @Test
    @DisplayName("a sealed secret is version 1, a 12-byte IV, then the ciphertext and its 16-byte tag; the plain text is nowhere in it")
    void layout() {
        byte[] plain = TOKEN.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.encrypt(TOKEN, ROW);

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed).hasSize(1 + 12 + plain.length + 16);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("bridge-access-token");
    }

    @Test
    @DisplayName("every encryption draws a fresh IV, so the same secret never seals to the same bytes")
    void freshIvPerMessage() {
        byte[] first = cipher.encrypt(TOKEN, ROW);
        byte[] second = cipher.encrypt(TOKEN, ROW);

        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    @DisplayName("a sealed secret altered anywhere, IV, ciphertext or tag, is refused")
    void tamperingIsRefused() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);

        for (int position : new int[]{1, 13, sealed.length - 1}) {
            byte[] altered = sealed.clone();
            altered[position] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt(altered, ROW))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open");
        }
    }

    @Test
    @DisplayName("a secret sealed for one row does not open for another")
    void boundToItsRow() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "provider_user:bridge:OTHER"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another row");
    }

    @Test
    @DisplayName("a secret sealed under one key does not open under another, and the refusal does not quote it")
    void boundToItsKey() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);

        assertThatThrownBy(() -> new SecretCipher(randomKey(SecretCipher.KEY_BYTES)).decrypt(sealed, ROW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BANKSYNC_SECRET_KEY")
                .message().doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("bytes of another format version, or too short to hold an IV and a tag, are refused")
    void unknownFormatsAreRefused() {
        byte[] sealed = cipher.encrypt(TOKEN, ROW);
        sealed[0] = 2;

        assertThatThrownBy(() -> cipher.decrypt(sealed, ROW)).hasMessageContaining("format version 2");
        assertThatThrownBy(() -> cipher.decrypt(new byte[]{1, 2, 3}, ROW)).hasMessageContaining("too short");
    }

    @Test
    @DisplayName("the key configured as base64 of 32 bytes is the key: it opens what the raw key sealed")
    void readsTheConfiguredKey() {
        SecretCipher configured = new SecretCipher(Optional.of(Base64.getEncoder().encodeToString(key) + "\n"));

        assertThat(configured.decrypt(cipher.encrypt(TOKEN, ROW), ROW)).isEqualTo(TOKEN);
        assertThat(cipher.decrypt(configured.encrypt(TOKEN, ROW), ROW)).isEqualTo(TOKEN);
    }

    @Test
    @DisplayName("without a key the cipher is created all the same, and its first use says to set BANKSYNC_SECRET_KEY")
    void missingKeyFailsAtFirstUse() {
        SecretCipher unset = new SecretCipher(Optional.empty());
        SecretCipher blank = new SecretCipher(Optional.of("  "));

        assertThatThrownBy(() -> unset.encrypt(TOKEN, ROW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BANKSYNC_SECRET_KEY").hasMessageContaining("not set");
        assertThatThrownBy(() -> blank.decrypt(cipher.encrypt(TOKEN, ROW), ROW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BANKSYNC_SECRET_KEY").hasMessageContaining("not set");
    }

    @Test
    @DisplayName("a key of the wrong size or not in base64 is refused at first use, naming BANKSYNC_SECRET_KEY and never quoting the key")
    void wrongKeysAreRefused() {
        String shortKey = Base64.getEncoder().encodeToString(randomKey(16));
        String notBase64 = "this-is-not-base64!";

        assertThatThrownBy(() -> new SecretCipher(Optional.of(shortKey)).encrypt(TOKEN, ROW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BANKSYNC_SECRET_KEY").hasMessageContaining("exactly 32 bytes").hasMessageContaining("holds 16")
                .message().doesNotContain(shortKey);
        assertThatThrownBy(() -> new SecretCipher(Optional.of(notBase64)).encrypt(TOKEN, ROW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BANKSYNC_SECRET_KEY").hasMessageContaining("base64")
                .hasNoCause()
                .message().doesNotContain(notBase64);
        assertThatThrownBy(() -> new SecretCipher(randomKey(31))).hasMessageContaining("exactly 32 bytes");
    }

    @Test
    @DisplayName("the cipher's description masks its key")
    void masksTheKey() {
        assertThat(cipher.toString()).contains("****").doesNotContain(Base64.getEncoder().encodeToString(key));
    }

    private static byte[] randomKey(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
