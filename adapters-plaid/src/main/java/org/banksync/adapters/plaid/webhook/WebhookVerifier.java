package org.banksync.adapters.plaid.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Plaid's webhook verification, in the documented order and before the body is parsed: the
 * {@code Plaid-Verification} header is a JWT whose header says ES256 (anything else is refused, against
 * downgrades) and names a key; the signature verifies under that key; the JWT was issued at most five
 * minutes ago; and its {@code request_body_sha256} is the SHA-256 of the raw body bytes, compared in
 * constant time.
 */
@ApplicationScoped
public class WebhookVerifier {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private VerificationKeys keys;
    private Clock clock;

    protected WebhookVerifier() {
    }

    @Inject
    public WebhookVerifier(VerificationKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The verdict on these raw bytes and this header. */
    public Verdict verify(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return Verdict.refused("no Plaid-Verification header");
        }
        String[] parts = header.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Verdict.refused("the Plaid-Verification header is not a JWT");
        }
        Optional<JsonObject> joseHeader = json(parts[0]);
        if (joseHeader.isEmpty()) {
            return Verdict.refused("the JWT header is unreadable");
        }
        if (!"ES256".equals(text(joseHeader.get(), "alg"))) {
            return Verdict.refused("the JWT is not signed with ES256 (alg " + text(joseHeader.get(), "alg") + ")");
        }
        String kid = text(joseHeader.get(), "kid");
        if (kid == null || kid.isBlank()) {
            return Verdict.refused("the JWT names no key");
        }
        Instant now = clock.instant();
        Optional<PublicKey> key = keys.find(kid, now);
        if (key.isEmpty()) {
            return Verdict.refused("Plaid has no usable key " + kid);
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Verdict.refused("the JWT signature is not base64url");
        }
        if (!EcSignatures.verify(key.get(), (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature)) {
            return Verdict.refused("the JWT signature does not verify under key " + kid);
        }
        return checkClaims(json(parts[1]), body, now);
    }

    private static Verdict checkClaims(Optional<JsonObject> claims, byte[] body, Instant now) {
        if (claims.isEmpty() || !(claims.get().get("iat") instanceof JsonNumber iat)) {
            return Verdict.refused("the JWT has no issue time");
        }
        Instant issuedAt = Instant.ofEpochSecond(iat.longValue());
        if (issuedAt.isBefore(now.minus(MAX_AGE)) || issuedAt.isAfter(now.plus(MAX_AGE))) {
            return Verdict.refused("the JWT was issued at " + issuedAt + ", more than 5 minutes from now (" + now + ")");
        }
        String claimed = text(claims.get(), "request_body_sha256");
        byte[] actual = sha256Hex(body).getBytes(StandardCharsets.US_ASCII);
        if (claimed == null || !MessageDigest.isEqual(actual, claimed.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.refused("the body's SHA-256 is not the one signed");
        }
        return new Verdict(true, null, issuedAt);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Optional<JsonObject> json(String base64url) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(Base64.getUrlDecoder().decode(base64url)))) {
            return Optional.of(reader.readObject());
        } catch (IllegalArgumentException | JsonException | IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject object, String field) {
        return object.get(field) instanceof JsonString string ? string.getString() : null;
    }

    /** Whether the webhook is Plaid's, why not, and when Plaid signed it. */
    public record Verdict(boolean valid, String reason, Instant issuedAt) {

        static Verdict refused(String reason) {
            return new Verdict(false, reason, null);
        }
    }
}
