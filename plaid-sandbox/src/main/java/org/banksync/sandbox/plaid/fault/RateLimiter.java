package org.banksync.sandbox.plaid.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * Plaid's documented per-minute limits (reference section 9, the Sandbox figure where one is given), per
 * Item and per client, on the sandbox clock over a rolling minute; off by default. A refused call is not
 * counted.
 */
public final class RateLimiter {

    /** One endpoint's limits and the error_code of its 429. */
    public record Limit(String errorCode, int perItem, int perClient) {
    }

    public static final Map<String, Limit> LIMITS = Map.of(
            "/transactions/sync", new Limit("TRANSACTIONS_SYNC_LIMIT", 50, 1_000),
            "/accounts/get", new Limit("ACCOUNTS_LIMIT", 15, 15_000),
            "/item/get", new Limit("ITEM_GET_LIMIT", 15, 5_000),
            "/item/remove", new Limit("RATE_LIMIT", 30, 2_000),
            "/auth/get", new Limit("AUTH_LIMIT", 15, 12_000));

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final boolean initiallyEnabled;
    private final Map<String, Deque<Instant>> calls = new HashMap<>();
    private volatile boolean enabled;

    public RateLimiter(Clock clock, boolean enabled) {
        this.clock = clock;
        this.initiallyEnabled = enabled;
        this.enabled = enabled;
    }

    public synchronized void configure(boolean on) {
        this.enabled = on;
        calls.clear();
    }

    public void reset() {
        configure(initiallyEnabled);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The error_code a 429 on this path carries: the endpoint's own, or RATE_LIMIT. */
    public static String errorCodeFor(String path) {
        return Optional.ofNullable(LIMITS.get(path)).map(Limit::errorCode).orElse("RATE_LIMIT");
    }

    public static ApiError tooManyRequests(String errorCode, String scope) {
        return new ApiError(429, "RATE_LIMIT_EXCEEDED", errorCode, null,
                "rate limit exceeded for attempts to access " + scope + ". please try again later",
                "Too many requests were made. Please try again later.");
    }

    /** Counts a call on an Item; a 429 when the Item's or the client's limit for the path is reached. */
    public synchronized void check(String path, String itemId) {
        Limit limit = LIMITS.get(path);
        if (!enabled || limit == null) {
            return;
        }
        Instant now = clock.instant();
        Deque<Instant> perItem = recent("item|" + itemId + "|" + path, now);
        Deque<Instant> perClient = recent("client|" + path, now);
        if (perItem.size() >= limit.perItem()) {
            throw tooManyRequests(limit.errorCode(), "this item");
        }
        if (perClient.size() >= limit.perClient()) {
            throw tooManyRequests(limit.errorCode(), "this endpoint by this client");
        }
        perItem.addLast(now);
        perClient.addLast(now);
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> recent = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.pollFirst();
        }
        return recent;
    }
}
