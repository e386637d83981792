package org.banksync.sandbox.plaid.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Plaid-looking identifiers. Item, account and transaction ids are 37 base62 characters (mixed case, so
 * case-sensitivity matters) derived from the seed and a path of names, so a run repeats; tokens and
 * request ids are random.
 */
public final class Ids {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A 37-character base62 id from the seed and a path such as ("item", 3) or ("tx", accountId, 17). */
    public static String stable(long seed, Object... path) {
        StringBuilder key = new StringBuilder(Long.toString(seed));
        for (Object part : path) {
            key.append('/').append(part);
        }
        byte[] digest = sha256(key.toString().getBytes(StandardCharsets.UTF_8));
        byte[] more = sha256(digest);
        StringBuilder id = new StringBuilder(37);
        for (int i = 0; i < 37; i++) {
            int b = (i < 32 ? digest[i] : more[i - 32]) & 0xff;
            id.append(BASE62.charAt(b % 62));
        }
        return id.toString();
    }

    /** A token of a kind: link-sandbox-&lt;uuid&gt;, public-sandbox-&lt;uuid&gt;, access-sandbox-&lt;uuid&gt;. */
    public static String token(String kind) {
        return kind + "-sandbox-" + UUID.randomUUID();
    }

    /** A request id such as XQVgFigpGHXkb0b (15 characters). */
    public static String requestId() {
        StringBuilder id = new StringBuilder(15);
        for (int i = 0; i < 15; i++) {
            id.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return id.toString();
    }

    /** A random opaque id (hosted Link sessions, link session ids). */
    public static String random() {
        return UUID.randomUUID().toString();
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
