package org.banksync.adapters.bridge.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Bridge's {@code BridgeApi-Signature}: one or more comma-separated {@code scheme=signature}; only
 * {@code v1} counts (any other scheme is ignored, against downgrades); v1 is the upper-case hex
 * HMAC-SHA256 of the raw body under the webhook secret. Valid when any v1 value matches the current
 * or the previous secret, compared in constant time.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    static boolean verify(byte[] body, String header, List<String> secrets) {
        if (header == null || header.isBlank() || secrets.isEmpty()) {
            return false;
        }
        List<byte[]> given = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] schemeAndValue = part.trim().split("=", 2);
            if (schemeAndValue.length == 2 && "v1".equals(schemeAndValue[0].trim())) {
                given.add(schemeAndValue[1].trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            }
        }
        boolean valid = false;
        for (String secret : secrets) {
            byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
            for (byte[] candidate : given) {
                // no early exit: every comparison is made, each in constant time
                valid |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return valid;
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
