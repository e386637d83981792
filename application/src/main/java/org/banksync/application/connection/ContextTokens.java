package org.banksync.application.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Connect contexts: 32 random bytes in lower-case hex (Bridge allows letters, digits and '-', 100 at
 * most), valid 30 minutes, stored only as their SHA-256 so that a database reader cannot replay one.
 */
final class ContextTokens {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContextTokens() {
    }

    static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Only what we could have issued is worth a look-up. */
    static boolean isWellFormed(String token) {
        return token != null && token.matches("[0-9a-f]{64}");
    }
}
