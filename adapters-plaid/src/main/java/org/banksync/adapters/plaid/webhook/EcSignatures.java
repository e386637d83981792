package org.banksync.adapters.plaid.webhook;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/**
 * ES256 with the JDK alone: a P-256 public key from a JWK's coordinates, and a JOSE signature (R || S,
 * 32 bytes each) turned into the DER sequence {@code SHA256withECDSA} expects.
 */
final class EcSignatures {

    private static final int COORDINATE = 32;

    private EcSignatures() {
    }

    /** The public key at (x, y) on secp256r1; throws when the point is not on the curve. */
    static PublicKey p256(byte[] x, byte[] y) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
    }

    /** Whether {@code joseSignature} signs {@code signed} under {@code key}; false for a malformed signature. */
    static boolean verify(PublicKey key, byte[] signed, byte[] joseSignature) {
        if (joseSignature.length != 2 * COORDINATE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(signed);
            return verifier.verify(der(joseSignature));
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    /** R || S as {@code SEQUENCE { INTEGER r, INTEGER s }} (both at most 33 bytes, so lengths fit one byte). */
    static byte[] der(byte[] jose) {
        byte[] r = integer(Arrays.copyOfRange(jose, 0, COORDINATE));
        byte[] s = integer(Arrays.copyOfRange(jose, COORDINATE, 2 * COORDINATE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.write(r.length + s.length);
        out.writeBytes(r);
        out.writeBytes(s);
        return out.toByteArray();
    }

    /** A DER INTEGER of an unsigned big-endian value: leading zeros dropped, one added when the high bit is set. */
    private static byte[] integer(byte[] unsigned) {
        int start = 0;
        while (start < unsigned.length - 1 && unsigned[start] == 0) {
            start++;
        }
        boolean pad = (unsigned[start] & 0x80) != 0;
        int length = unsigned.length - start + (pad ? 1 : 0);
        byte[] encoded = new byte[2 + length];
        encoded[0] = 0x02;
        encoded[1] = (byte) length;
        System.arraycopy(unsigned, start, encoded, 2 + (pad ? 1 : 0), unsigned.length - start);
        return encoded;
    }
}
