package org.banksync.sandbox.bridge.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs as Bridge does: v1 = upper-case hex HMAC-SHA256(webhook secret, raw body), one v1 per live secret. */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    public static String v1(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The BridgeApi-Signature value: "v1=<current>" or, during a rotation, "v1=<current>,v1=<previous>". */
    public static String header(List<String> secrets, byte[] body) {
        return secrets.stream().map(secret -> "v1=" + v1(secret, body)).collect(Collectors.joining(","));
    }
}
