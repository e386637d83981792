package org.banksync.adapters.persistence.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition that another thread or transaction brings about, checking it often, up to a deadline. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(20);

    private Poll() {
    }

    /** Returns as soon as the condition holds; fails naming what did not happen once the deadline has passed. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + ", in vain");
            }
            LockSupport.parkNanos(INTERVAL.toNanos());
        }
    }
}
