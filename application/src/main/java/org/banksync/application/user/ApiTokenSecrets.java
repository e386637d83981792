package org.banksync.application.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: {@code bsk_} and 32 random bytes in URL-safe base64. With that much entropy a
 * plain SHA-256 is the right way to store them (a slow password hash would only slow every call).
 */
final class ApiTokenSecrets {

    static final String PREFIX = "bsk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What a user sees of a token afterwards: enough to tell it from others, not enough to use it. */
    static String visiblePart(String secret) {
        return secret.substring(0, PREFIX.length() + 6);
    }

    static boolean isWellFormed(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43
                && secret.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }
}
