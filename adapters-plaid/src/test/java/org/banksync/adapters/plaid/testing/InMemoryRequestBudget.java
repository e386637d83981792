package org.banksync.adapters.plaid.testing;

import org.banksync.application.connection.port.out.RequestBudget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A sliding-window request budget in memory (the real one is shared through PostgreSQL). */
public final class InMemoryRequestBudget implements RequestBudget {

    private final Map<String, Deque<Instant>> taken = new ConcurrentHashMap<>();

    @Override
    public synchronized Duration acquire(String bucket, int limit, Duration window, Instant now) {
        Deque<Instant> times = taken.computeIfAbsent(bucket, key -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
        if (times.size() < limit) {
            times.addLast(now);
            return Duration.ZERO;
        }
        return Duration.between(now, times.peekFirst().plus(window));
    }

    public synchronized int taken(String bucket) {
        Deque<Instant> times = taken.get(bucket);
        return times == null ? 0 : times.size();
    }

    public synchronized void clear() {
        taken.clear();
    }
}
