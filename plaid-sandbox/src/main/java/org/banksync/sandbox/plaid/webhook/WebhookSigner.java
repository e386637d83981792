package org.banksync.sandbox.plaid.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import org.banksync.sandbox.plaid.http.Json;

/**
 * Signs as Plaid does: the Plaid-Verification header is a JWT with header {"alg":"ES256","kid":…,"typ":"JWT"}
 * and claims {"iat":…,"request_body_sha256":"<hex SHA-256 of the exact body bytes>"}, signed with the
 * JDK's SHA256withECDSA and the DER signature turned into JOSE's 64-byte R||S.
 */
public final class WebhookSigner {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private WebhookSigner() {
    }

    public static String jwt(WebhookKeys.Key key, byte[] body, long issuedAtEpochSeconds) {
        String header = B64URL.encodeToString(Json.bytes(Json.object().put("alg", "ES256").put("kid", key.kid())
                .put("typ", "JWT")));
        String claims = B64URL.encodeToString(Json.bytes(Json.object().put("iat", issuedAtEpochSeconds)
                .put("request_body_sha256", sha256Hex(body))));
        String signingInput = header + "." + claims;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key.pair().getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(derToJose(signer.sign(), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a webhook", e);
        }
    }

    public static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** DER SEQUENCE { INTEGER r, INTEGER s } to r || s, each left-padded to size bytes. */
    static byte[] derToJose(byte[] der, int size) {
        int offset = 0;
        if (der[offset++] != 0x30) {
            throw new IllegalArgumentException("not a DER sequence");
        }
        offset += lengthBytes(der, offset);
        byte[] out = new byte[size * 2];
        for (int part = 0; part < 2; part++) {
            if (der[offset++] != 0x02) {
                throw new IllegalArgumentException("not a DER integer");
            }
            int length = der[offset] & 0xff;
            offset += lengthBytes(der, offset);
            int start = offset;
            int count = length;
            while (count > size && der[start] == 0) {
                start++;
                count--;
            }
            System.arraycopy(der, start, out, part * size + size - count, count);
            offset += length;
        }
        return out;
    }

    /** The number of bytes the DER length at offset takes (short form only; P-256 never needs more). */
    private static int lengthBytes(byte[] der, int offset) {
        if ((der[offset] & 0x80) != 0) {
            throw new IllegalArgumentException("long-form DER length not expected for ES256");
        }
        return 1;
    }
}
