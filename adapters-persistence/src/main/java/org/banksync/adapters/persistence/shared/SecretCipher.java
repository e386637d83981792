package org.banksync.adapters.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts the secrets Banksync stores (aggregator tokens) with AES-256-GCM under BANKSYNC_SECRET_KEY.
 * A sealed secret is {@code version (1) ‖ 12-byte IV ‖ ciphertext and 128-bit tag}; the IV is fresh for
 * every message, since one IV reused under a key breaks GCM. The caller names the row the secret
 * belongs to as associated data, so a secret copied to another row no longer opens. The key is read at
 * first use, so a deployment that stores no secret starts without one.
 */
@ApplicationScoped
public class SecretCipher {

    public static final String KEY_PROPERTY = "banksync.secret.key";
    static final byte VERSION = 1;
    static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Optional<String> encodedKey;
    private volatile SecretKey key;

    protected SecretCipher() {
    }

    @Inject
    public SecretCipher(@ConfigProperty(name = KEY_PROPERTY) Optional<String> encodedKey) {
        this.encodedKey = encodedKey;
    }

    /** For tests: the raw key, exactly 32 bytes. */
    public SecretCipher(byte[] rawKey) {
        this.key = keyOf(rawKey);
    }

    /** Seals the secret for the row named by {@code context}. */
    public byte[] encrypt(String secret, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK, yet encryption failed", e);
        }
    }

    /** Opens what {@link #encrypt} sealed for the same row; anything altered, moved or sealed under another key is refused. */
    public String decrypt(byte[] stored, String context) {
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a stored secret is too short to be one Banksync sealed");
        }
        if (stored[0] != VERSION) {
            throw new IllegalStateException("a stored secret has format version " + stored[0]
                    + "; this Banksync reads version " + VERSION);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a stored secret does not open: it was sealed under another BANKSYNC_SECRET_KEY,"
                    + " for another row, or altered since", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK, yet decryption failed", e);
        }
    }

    private SecretKey key() {
        SecretKey known = key;
        if (known == null) {
            known = keyOf(decode(encodedKey.filter(text -> !text.isBlank()).orElseThrow(SecretCipher::unset)));
            key = known;
        }
        return known;
    }

    private static IllegalStateException unset() {
        return new IllegalStateException("BANKSYNC_SECRET_KEY (" + KEY_PROPERTY + ") is not set; Banksync needs it to"
                + " encrypt stored secrets. Set it to the base64 of 32 random bytes (openssl rand -base64 32),"
                + " the same on every instance.");
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the key.
            throw new IllegalStateException("BANKSYNC_SECRET_KEY (" + KEY_PROPERTY + ") is not valid base64;"
                    + " set it to the base64 of 32 random bytes (openssl rand -base64 32)");
        }
    }

    private static SecretKey keyOf(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalStateException("BANKSYNC_SECRET_KEY (" + KEY_PROPERTY + ") must be the base64 of exactly "
                    + KEY_BYTES + " bytes (an AES-256 key), but holds " + (raw == null ? 0 : raw.length)
                    + "; generate one with openssl rand -base64 32");
        }
        return new SecretKeySpec(raw, "AES");
    }

    @Override
    public String toString() {
        return "SecretCipher[AES-256-GCM, key ****]";
    }
}
