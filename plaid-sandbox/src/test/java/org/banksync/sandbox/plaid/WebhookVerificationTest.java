package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewItem;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.webhook.WebhookDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhooks are signed: an ES256 JWT over the SHA-256 of the exact body, verifiable with /webhook_verification_key/get")
class WebhookVerificationTest {

    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    private SandboxFixture fixture;
    private WebhookReceiver receiver;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        receiver = new WebhookReceiver();
        item = fixture.control.createItem(NewItem.at(SandboxFixture.FIRST_PLATYPUS).withWebhook(receiver.url().toString()));
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixture.close();
    }

    @Test
    @DisplayName("SYNC_UPDATES_AVAILABLE after a change: JWT header, signature, iat and request_body_sha256 all check out")
    void syncUpdatesAvailableVerifies() throws Exception {
        fixture.loop(item.accessToken(), null, 500, null);
        fixture.control.addTransaction(item.account("EUR").accountId(), NewTransaction.of("3.10", null, "Café"));
        WebhookReceiver.Received received = receiver.await("TRANSACTIONS/SYNC_UPDATES_AVAILABLE");

        JsonNode body = received.json();
        assertThat(body.get("item_id").asText()).isEqualTo(item.itemId());
        assertThat(body.get("initial_update_complete").asBoolean()).isTrue();
        assertThat(body.get("historical_update_complete").asBoolean()).isTrue();
        assertThat(body.get("environment").asText()).isEqualTo("sandbox");
        assertThat(received.text()).startsWith("{\n  \"webhook_type\": \"TRANSACTIONS\",\n  \"webhook_code\": ");
        assertThat(received.contentType()).startsWith("application/json");

        String[] jwt = received.verification().split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = PlaidHttp.JSON.readTree(B64URL.decode(jwt[0]));
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        JsonNode key = fixture.http.call("/webhook_verification_key/get",
                PlaidHttp.object().put("key_id", header.get("kid").asText())).ok().get("key");
        assertThat(key.get("alg").asText()).isEqualTo("ES256");
        assertThat(key.get("crv").asText()).isEqualTo("P-256");
        assertThat(key.get("kty").asText()).isEqualTo("EC");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.get("expired_at").isNull()).isTrue();
        assertThat(B64URL.decode(key.get("x").asText())).hasSize(32);

        assertThat(verifies(received.verification(), key)).isTrue();
        JsonNode claims = PlaidHttp.JSON.readTree(B64URL.decode(jwt[1]));
        assertThat(claims.get("request_body_sha256").asText()).isEqualTo(sha256Hex(received.body()));
        assertThat(Duration.between(Instant.ofEpochSecond(claims.get("iat").asLong()), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(5));

        String tampered = jwt[0] + "." + jwt[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[64]);
        assertThat(verifies(tampered, key)).isFalse();
    }

    @Test
    @DisplayName("no SYNC_UPDATES_AVAILABLE before the Item's first /transactions/sync")
    void onlyAfterTheFirstSync() throws Exception {
        fixture.control.addTransaction(item.account("EUR").accountId(), NewTransaction.of("1.00", null, "Before"));
        fixture.sync(item.accessToken(), null, 500, null).ok();
        fixture.control.addTransaction(item.account("EUR").accountId(), NewTransaction.of("2.00", null, "After"));
        receiver.await("TRANSACTIONS/SYNC_UPDATES_AVAILABLE");
        fixture.control.fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED");
        receiver.await("ITEM/LOGIN_REPAIRED");
        assertThat(receiver.codes()).containsExactly("TRANSACTIONS/SYNC_UPDATES_AVAILABLE", "ITEM/LOGIN_REPAIRED");
    }

    @Test
    @DisplayName("a fired webhook reports the exact body and header the receiver got")
    void firedWebhookReportsWhatWasSent() throws Exception {
        WebhookDelivery delivery = fixture.control.fireWebhook(item.itemId(), "ITEM", "USER_PERMISSION_REVOKED");
        WebhookReceiver.Received received = receiver.await("ITEM/USER_PERMISSION_REVOKED");
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.body()).isEqualTo(received.text());
        assertThat(delivery.verification()).isEqualTo(received.verification());
        assertThat(received.json().get("error").get("error_code").asText()).isEqualTo("USER_PERMISSION_REVOKED");
        assertThat(fixture.control.sentWebhooks()).extracting(WebhookDelivery::webhookCode)
                .contains("USER_PERMISSION_REVOKED");
    }

    @Test
    @DisplayName("the clock-skew switch puts iat in the past, so the receiver's 5-minute check can be tested")
    void clockSkew() throws Exception {
        fixture.control.webhookClockSkew(Duration.ofMinutes(10));
        WebhookDelivery delivery = fixture.control.fireWebhook(item.itemId(), "TRANSACTIONS", "SYNC_UPDATES_AVAILABLE");
        JsonNode claims = PlaidHttp.JSON.readTree(B64URL.decode(delivery.verification().split("\\.")[1]));
        assertThat(Duration.between(Instant.ofEpochSecond(claims.get("iat").asLong()), Instant.now()))
                .isGreaterThan(Duration.ofMinutes(9));
    }

    @Test
    @DisplayName("after a key rotation webhooks name the new kid; the old key is still served, with expired_at")
    void keyRotation() throws Exception {
        String oldKid = kid(fixture.control.fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED").verification());
        String newKid = fixture.control.rotateWebhookKey();
        WebhookDelivery delivery = fixture.control.fireWebhook(item.itemId(), "ITEM", "LOGIN_REPAIRED");
        assertThat(kid(delivery.verification())).isEqualTo(newKid).isNotEqualTo(oldKid);
        JsonNode oldKey = fixture.http.call("/webhook_verification_key/get", PlaidHttp.object().put("key_id", oldKid))
                .ok().get("key");
        assertThat(oldKey.get("expired_at").isNumber()).isTrue();
        JsonNode newKey = fixture.http.call("/webhook_verification_key/get", PlaidHttp.object().put("key_id", newKid))
                .ok().get("key");
        assertThat(verifies(delivery.verification(), newKey)).isTrue();
        assertThat(verifies(delivery.verification(), oldKey)).isFalse();
        assertThat(fixture.http.call("/webhook_verification_key/get", PlaidHttp.object().put("key_id", "nope"))
                .errorCode()).isEqualTo("INVALID_WEBHOOK_VERIFICATION_KEY_ID");
    }

    private static String kid(String jwt) throws Exception {
        return PlaidHttp.JSON.readTree(B64URL.decode(jwt.split("\\.")[0])).get("kid").asText();
    }

    /** Verifies an ES256 JWT with the JDK: the JWK's x/y make the key, JOSE R||S is turned back into DER. */
    static boolean verifies(String jwt, JsonNode jwk) throws Exception {
        String[] parts = jwt.split("\\.");
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(new BigInteger(1, B64URL.decode(jwk.get("x").asText())),
                new BigInteger(1, B64URL.decode(jwk.get("y").asText())));
        PublicKey key = KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        try {
            return verifier.verify(joseToDer(B64URL.decode(parts[2])));
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    static byte[] joseToDer(byte[] jose) {
        byte[] r = derInteger(Arrays.copyOfRange(jose, 0, 32));
        byte[] s = derInteger(Arrays.copyOfRange(jose, 32, 64));
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        der.write(0x30);
        der.write(r.length + s.length + 4);
        der.write(0x02);
        der.write(r.length);
        der.writeBytes(r);
        der.write(0x02);
        der.write(s.length);
        der.writeBytes(s);
        return der.toByteArray();
    }

    private static byte[] derInteger(byte[] unsigned) {
        int start = 0;
        while (start < unsigned.length - 1 && unsigned[start] == 0) {
            start++;
        }
        byte[] trimmed = Arrays.copyOfRange(unsigned, start, unsigned.length);
        if ((trimmed[0] & 0x80) == 0) {
            return trimmed;
        }
        byte[] padded = new byte[trimmed.length + 1];
        System.arraycopy(trimmed, 0, padded, 1, trimmed.length);
        return padded;
    }

    static String sha256Hex(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }
}
