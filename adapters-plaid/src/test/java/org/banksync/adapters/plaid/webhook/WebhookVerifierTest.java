package org.banksync.adapters.plaid.webhook;

import org.banksync.domain.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Verifying Plaid's webhook JWT")
class WebhookVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");
    private static final byte[] BODY = "{\n  \"webhook_type\": \"ITEM\",\n  \"webhook_code\": \"LOGIN_REPAIRED\"\n}"
            .getBytes(StandardCharsets.UTF_8);

    private final KeyPair plaidKey = keyPair();
    private final AtomicInteger lookups = new AtomicInteger();
    private final WebhookVerifier verifier = new WebhookVerifier(new VerificationKeys() {
        @Override
        Optional<PublicKey> find(String kid, Instant now) {
            lookups.incrementAndGet();
            return kid.equals("kid-1") ? Optional.of(plaidKey.getPublic()) : Optional.empty();
        }
    }, new MutableClock(NOW));

    @Test
    @DisplayName("an ES256 JWT from Plaid's key, fresh, over the exact body bytes, is accepted with its issue time")
    void valid() {
        WebhookVerifier.Verdict verdict = verifier.verify(BODY, jwt("ES256", "kid-1", NOW.minusSeconds(240), BODY, plaidKey));

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.issuedAt()).isEqualTo(NOW.minusSeconds(240));
    }

    @Test
    @DisplayName("another algorithm is refused before any key is looked up")
    void otherAlgorithm() {
        assertThat(verifier.verify(BODY, jwt("HS256", "kid-1", NOW, BODY, plaidKey)).reason()).contains("ES256");
        assertThat(verifier.verify(BODY, jwt("none", "kid-1", NOW, BODY, plaidKey)).valid()).isFalse();
        assertThat(lookups).hasValue(0);
    }

    @Test
    @DisplayName("a signature by another key, or by an unknown key id, is refused")
    void forged() {
        assertThat(verifier.verify(BODY, jwt("ES256", "kid-1", NOW, BODY, keyPair())).reason()).contains("does not verify");
        assertThat(verifier.verify(BODY, jwt("ES256", "kid-2", NOW, BODY, plaidKey)).reason()).contains("no usable key");
    }

    @Test
    @DisplayName("a JWT issued more than five minutes ago is refused")
    void old() {
        assertThat(verifier.verify(BODY, jwt("ES256", "kid-1", NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), BODY, plaidKey))
                .reason()).contains("more than 5 minutes");
    }

    @Test
    @DisplayName("a body that is not the one signed (one byte, or the same JSON re-serialized) is refused")
    void otherBody() {
        String header = jwt("ES256", "kid-1", NOW, BODY, plaidKey);
        byte[] compact = "{\"webhook_type\":\"ITEM\",\"webhook_code\":\"LOGIN_REPAIRED\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(compact, header).reason()).contains("SHA-256");
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] = ' ';
        assertThat(verifier.verify(tampered, header).valid()).isFalse();
    }

    @Test
    @DisplayName("no header, or one that is not a JWT, is refused")
    void noJwt() {
        assertThat(verifier.verify(BODY, null).valid()).isFalse();
        assertThat(verifier.verify(BODY, "Bearer abc").valid()).isFalse();
        assertThat(verifier.verify(BODY, "a.b.c").valid()).isFalse();
    }

    /** A Plaid-style JWT, signed with the JDK's P1363 ECDSA (R || S), independent of the verifier's DER conversion. */
    private static String jwt(String alg, String kid, Instant iat, byte[] body, KeyPair key) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String header = base64url.encodeToString(("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}")
                .getBytes(StandardCharsets.UTF_8));
        String claims = base64url.encodeToString(("{\"iat\":" + iat.getEpochSecond() + ",\"request_body_sha256\":\""
                + WebhookVerifier.sha256Hex(body) + "\"}").getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(key.getPrivate());
            signer.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + base64url.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
