package org.banksync.adapters.plaid.state;

import org.banksync.application.connection.port.out.ProviderStateStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The adapter's state keys, {@code kind/<id>[/<id>...]}. Plaid may lengthen its ids without notice;
 * a key that would pass the store's 300 characters keeps its kind and hashes the rest.
 */
final class StateKeys {

    private StateKeys() {
    }

    static String key(String kind, String... parts) {
        StringBuilder rest = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                throw new IllegalArgumentException("a state key part of " + kind + " is empty");
            }
            rest.append('/').append(part);
        }
        String key = kind + rest;
        return key.length() <= ProviderStateStore.KEY_MAX_LENGTH ? key : kind + "/sha256:" + sha256(rest.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
