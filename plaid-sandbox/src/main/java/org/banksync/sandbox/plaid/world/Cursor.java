package org.banksync.sandbox.plaid.world;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A /transactions/sync cursor, opaque to clients: base64url of (item, account filter, position, loop
 * start, loop head, mid-loop flag) with a checksum. A cursor from a page with has_more=true is mid-loop:
 * its loop covers the change log from start (exclusive) to head (inclusive) as it was when the loop
 * began, and position is the last change served. A final cursor (has_more=false) has position = start =
 * head and no loop: the next call starts a new loop from there.
 */
public record Cursor(String itemId, String accountFilter, long position, long start, long head, boolean midLoop) {

    private static final String VERSION = "c1";

    /** The cursor of a finished update: the next loop starts after head. */
    public static Cursor settled(String itemId, String accountFilter, long head) {
        return new Cursor(itemId, accountFilter, head, head, head, false);
    }

    public String encode() {
        String text = String.join("|", VERSION, itemId, accountFilter, Long.toString(position), Long.toString(start),
                Long.toString(head), midLoop ? "1" : "0");
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((text + "|" + crc(text)).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or empty when it is not one of ours (forged, truncated, foreign). */
    public static Optional<Cursor> decode(String encoded) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int lastBar = text.lastIndexOf('|');
            if (lastBar < 0 || !text.substring(lastBar + 1).equals(crc(text.substring(0, lastBar)))) {
                return Optional.empty();
            }
            String[] parts = text.substring(0, lastBar).split("\\|", -1);
            if (parts.length != 7 || !parts[0].equals(VERSION)) {
                return Optional.empty();
            }
            Cursor cursor = new Cursor(parts[1], parts[2], Long.parseLong(parts[3]), Long.parseLong(parts[4]),
                    Long.parseLong(parts[5]), parts[6].equals("1"));
            boolean consistent = cursor.start <= cursor.position && cursor.position <= cursor.head
                    && (cursor.midLoop || cursor.position == cursor.head && cursor.start == cursor.head);
            return consistent ? Optional.of(cursor) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
