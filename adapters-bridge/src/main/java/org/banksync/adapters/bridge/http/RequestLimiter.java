package org.banksync.adapters.bridge.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.config.RateLimits;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.RequestBudget;

import java.time.Clock;
import java.time.Duration;

/**
 * Keeps every Banksync instance together under Bridge's limits by taking each request from the
 * shared {@link RequestBudget} before it is sent: 2,000 per application per 5 minutes, 60 per user
 * per minute, 10 token requests per user per minute. When a bucket is empty it waits as told and
 * asks again, for {@link #MAX_WAIT} at most.
 */
@ApplicationScoped
public class RequestLimiter {

    static final Duration MAX_WAIT = Duration.ofSeconds(75);
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(20);

    private RequestBudget budget;
    private Sleeper sleeper;
    private Clock clock;
    private RateLimits limits;

    protected RequestLimiter() {
    }

    /** Under Bridge's published limits. */
    public RequestLimiter(RequestBudget budget, Sleeper sleeper, Clock clock) {
        this(budget, sleeper, clock, RateLimits.BRIDGE_PUBLISHED);
    }

    @Inject
    public RequestLimiter(RequestBudget budget, Sleeper sleeper, Clock clock, RateLimits limits) {
        this.budget = budget;
        this.sleeper = sleeper;
        this.clock = clock;
        this.limits = limits;
    }

    /** Returns once the call may be sent; throws RATE_LIMITED when the wait would be too long. */
    public void acquire(BridgeCall call) {
        Duration waited = switch (call.quota()) {
            case APP -> Duration.ZERO;
            case USER -> take("bridge:user:" + call.subject(), limits.perUserPerMinute(), Duration.ofMinutes(1), Duration.ZERO);
            case TOKEN -> take("bridge:token:" + call.subject(), limits.tokensPerUserPerMinute(), Duration.ofMinutes(1), Duration.ZERO);
        };
        take("bridge:app", limits.perApplicationPer5Minutes(), Duration.ofMinutes(5), waited);
    }

    private Duration take(String bucket, int limit, Duration window, Duration alreadyWaited) {
        Duration waited = alreadyWaited;
        while (true) {
            Duration wait = budget.acquire(bucket, limit, window, clock.instant());
            if (wait.isZero() || wait.isNegative()) {
                return waited;
            }
            if (wait.compareTo(SHORTEST_WAIT) < 0) {
                wait = SHORTEST_WAIT;
            }
            if (waited.plus(wait).compareTo(MAX_WAIT) > 0) {
                throw new AggregatorFailure(AggregatorFailure.Kind.RATE_LIMITED, "Banksync has used its share of "
                        + "Bridge's request limit (" + limit + " per " + window.toMinutes() + " min, bucket " + bucket
                        + ") and would have to wait " + wait.toSeconds() + " s more. Try again in a few minutes.");
            }
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }
}
