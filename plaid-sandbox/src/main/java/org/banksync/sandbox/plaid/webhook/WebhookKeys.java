package org.banksync.sandbox.plaid.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.banksync.sandbox.plaid.http.Json;

/**
 * The ES256 (P-256) keys webhooks are signed with, generated at start. /webhook_verification_key/get
 * serves them as JWKs by kid; a rotation makes a new current key and marks the old one expired (it can
 * still be fetched, as Plaid keeps old keys).
 */
public final class WebhookKeys {

    /** One signing key. */
    public record Key(String kid, KeyPair pair, Instant createdAt, Instant expiredAt) {
    }

    private final Clock wallClock;
    private final List<Key> keys = new CopyOnWriteArrayList<>();

    public WebhookKeys(Clock wallClock) {
        this.wallClock = wallClock;
        keys.add(generate());
    }

    public Key current() {
        return keys.get(keys.size() - 1);
    }

    public Optional<Key> byKid(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    /** A new current key; the previous one gets expired_at = now. */
    public synchronized Key rotate() {
        Key old = current();
        keys.set(keys.size() - 1, new Key(old.kid(), old.pair(), old.createdAt(), wallClock.instant()));
        Key fresh = generate();
        keys.add(fresh);
        return fresh;
    }

    /** The key as Plaid's JWK: {alg, created_at, crv, expired_at, kid, kty, use, x, y}. */
    public static ObjectNode jwk(Key key) {
        ECPublicKey publicKey = (ECPublicKey) key.pair().getPublic();
        ObjectNode jwk = Json.object();
        jwk.put("alg", "ES256");
        jwk.put("created_at", key.createdAt().getEpochSecond());
        jwk.put("crv", "P-256");
        if (key.expiredAt() == null) {
            jwk.putNull("expired_at");
        } else {
            jwk.put("expired_at", key.expiredAt().getEpochSecond());
        }
        jwk.put("kid", key.kid());
        jwk.put("kty", "EC");
        jwk.put("use", "sig");
        jwk.put("x", coordinate(publicKey.getW().getAffineX()));
        jwk.put("y", coordinate(publicKey.getW().getAffineY()));
        return jwk;
    }

    /** base64url of the 32-byte big-endian coordinate. */
    static String coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    private Key generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new Key(UUID.randomUUID().toString(), generator.generateKeyPair(), wallClock.instant(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make P-256 keys", e);
        }
    }
}
