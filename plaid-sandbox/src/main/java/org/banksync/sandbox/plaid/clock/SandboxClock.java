package org.banksync.sandbox.plaid.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows a base clock shifted by an offset the control API advances or sets. It drives
 * token lifetimes, consent expiry, created_at and the dates of new rows; webhook JWTs use wall time.
 */
public final class SandboxClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SandboxClock(Clock base) {
        this.base = base;
    }

    /** Moves time forward (or backward, with a negative duration) and returns the new now. */
    public Instant advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
        return instant();
    }

    /** Jumps to the given instant and keeps ticking with the base clock from there. */
    public Instant set(Instant target) {
        offset.set(Duration.between(base.instant(), target));
        return instant();
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** Now, truncated to milliseconds. */
    @Override
    public Instant instant() {
        return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The sandbox's today (UTC). */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox clock is always UTC");
    }
}
