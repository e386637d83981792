package org.banksync.bootstrap.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, asking again every 200 ms; never a blind sleep. */
public final class Poll {

    private Poll() {
    }

    public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting for " + what + "; last seen: " + last);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            last = probe.get();
        }
        return last;
    }
}
