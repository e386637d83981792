package org.banksync.adapters.bridge.http;

import jakarta.ws.rs.core.Response;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.client.BridgeCall.Quota;
import org.banksync.adapters.bridge.testing.InMemoryRequestBudget;
import org.banksync.adapters.bridge.testing.MutableClock;
import org.banksync.adapters.bridge.testing.RecordingSleeper;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.RequestBudget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The client-side request limiter")
class RequestLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-16T09:30:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock::advance);
    private final InMemoryRequestBudget budget = new InMemoryRequestBudget();
    private final RequestLimiter limiter = new RequestLimiter(budget, sleeper, clock);

    @Test
    @DisplayName("the 61st call of a user within a minute waits until the minute has passed")
    void userBucket() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire(call(Quota.USER, "u1"));
        }
        assertThat(sleeper.waits()).isEmpty();

        limiter.acquire(call(Quota.USER, "u1"));

        assertThat(sleeper.waits()).containsExactly(Duration.ofMinutes(1));
        assertThat(budget.taken("bridge:app")).isEqualTo(61);
    }

    @Test
    @DisplayName("users have their own buckets; application calls spend only the application's")
    void separateBuckets() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire(call(Quota.USER, "u1"));
        }
        limiter.acquire(call(Quota.USER, "u2"));
        limiter.acquire(call(Quota.APP, null));

        assertThat(sleeper.waits()).isEmpty();
        assertThat(budget.taken("bridge:user:u2")).isEqualTo(1);
        assertThat(budget.taken("bridge:app")).isEqualTo(62);
    }

    @Test
    @DisplayName("token requests are limited to ten per user per minute")
    void tokenBucket() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire(call(Quota.TOKEN, "u1"));
        }
        limiter.acquire(call(Quota.TOKEN, "u1"));

        assertThat(sleeper.waits()).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    @DisplayName("asks again after each answered wait, until the budget gives")
    void waitsAsToldThenAsksAgain() {
        RequestBudget stingy = new RequestBudget() {
            private int asked;

            @Override
            public Duration acquire(String bucket, int limit, Duration window, Instant now) {
                return asked++ < 2 ? Duration.ofSeconds(3) : Duration.ZERO;
            }
        };

        new RequestLimiter(stingy, sleeper, clock).acquire(call(Quota.APP, null));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("a budget that would keep the call waiting too long ends as RATE_LIMITED")
    void boundedWait() {
        RequestBudget exhausted = (bucket, limit, window, now) -> Duration.ofMinutes(4);

        assertThatThrownBy(() -> new RequestLimiter(exhausted, sleeper, clock).acquire(call(Quota.APP, null)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.RATE_LIMITED);
                    assertThat(failure.getMessage()).contains("bridge:app", "Try again");
                });
        assertThat(sleeper.waits()).isEmpty();
    }

    private static BridgeCall call(Quota quota, String subject) {
        return new BridgeCall("GET /test", true, quota, subject, () -> Response.ok().build());
    }
}
