package org.banksync.sandbox.bridge.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Bridge's per-user limit (60 requests per rolling minute), measured on the sandbox clock; off by default. */
public final class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> calls = new HashMap<>();
    private volatile int perMinute;
    private volatile boolean enabled;

    public RateLimiter(Clock clock, boolean enabled, int perMinute) {
        this.clock = clock;
        this.enabled = enabled;
        this.perMinute = perMinute;
    }

    public synchronized void configure(boolean on, int limit) {
        this.enabled = on;
        this.perMinute = limit;
        calls.clear();
    }

    public boolean enabled() {
        return enabled;
    }

    public int perMinute() {
        return perMinute;
    }

    /** Counts a call by a user; false when it is over the limit (it is then not counted). */
    public synchronized boolean tryAcquire(String userUuid) {
        if (!enabled) {
            return true;
        }
        Instant now = clock.instant();
        Deque<Instant> recent = calls.computeIfAbsent(userUuid, key -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.pollFirst();
        }
        if (recent.size() >= perMinute) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
