package org.banksync.domain.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generates RFC 9562 version 7 UUIDs: time-ordered for index locality, monotonic within this JVM
 * (a 12-bit counter orders ids minted in the same millisecond).
 */
public final class Uuid7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock SYSTEM = Clock.systemUTC();
    private static final int COUNTER_MAX = 0xFFF;

    private static long lastMillis = -1;
    private static int counter;

    private Uuid7() {
    }

    /**
     * A new id stamped with the system UTC clock: an id's time serves index locality, not business rules,
     * and a test clock passed in here would stamp every later id of the JVM with its time.
     */
    public static UUID next() {
        long millis;
        int sequence;
        synchronized (Uuid7.class) {
            millis = Math.max(SYSTEM.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > COUNTER_MAX) {
                    millis++;
                    counter = RANDOM.nextInt(COUNTER_MAX / 2);
                }
            } else {
                counter = RANDOM.nextInt(COUNTER_MAX / 2);
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** Parses the canonical 36-character form; anything else is refused with a violation naming {@code field}. */
    public static UUID parse(String text, String field) {
        if (text == null || !text.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new DomainViolation(field, field + " is not an identifier: '" + text + "'");
        }
        return UUID.fromString(text);
    }
}
