package org.banksync.bootstrap.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/** Every "now" in Banksync comes from this clock, so that tests can move time instead of waiting. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        // PostgreSQL keeps microseconds: a clock that ticks in microseconds makes what a write
        // answers (updatedAt, ETags) equal to what a later read of the same row shows.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
