package org.banksync.adapters.persistence.shared;

import org.banksync.domain.shared.DomainViolation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursor of a keyset page: the sort key of the last row served, as URL-safe base64.
 * Clients never build one; a cursor that does not decode is refused naming the {@code cursor} field.
 */
public final class KeysetCursor {

    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "k1";

    private KeysetCursor() {
    }

    public static String encode(String... keys) {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor made by {@link #encode}, exactly {@code expected} of them. */
    public static List<String> decode(String cursor, int expected) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expected + 1 || !VERSION.equals(parts.get(0))) {
                throw invalid();
            }
            return parts.subList(1, parts.size());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static DomainViolation invalid() {
        return new DomainViolation("cursor", "the cursor is not one that this list issued; start again without it");
    }
}
