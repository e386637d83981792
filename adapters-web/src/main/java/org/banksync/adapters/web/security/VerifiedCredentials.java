package org.banksync.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short memory of name-and-password pairs that passed PBKDF2, so that an integration sending
 * HTTP Basic on every call does not pay 100 ms of hashing each time. Keys are salted SHA-256
 * digests (the password itself is never kept); entries live two minutes, so a changed password or
 * a disabled user takes effect within that time.
 */
final class VerifiedCredentials {

    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 1_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials() {
        new SecureRandom().nextBytes(salt);
    }

    Set<String> lookup(String username, char[] password) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || entry.expiresAtNanos < System.nanoTime()) {
            return null;
        }
        return entry.groups;
    }

    void remember(String username, char[] password, Set<String> groups) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(groups, System.nanoTime() + TIME_TO_LIVE.toNanos()));
    }

    private String key(String username, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Entry(Set<String> groups, long expiresAtNanos) {
    }
}
