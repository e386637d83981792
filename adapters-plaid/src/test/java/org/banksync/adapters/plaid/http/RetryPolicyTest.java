package org.banksync.adapters.plaid.http;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("When a Plaid call is tried again")
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(60), () -> 0.999);

    @Test
    @DisplayName("exponential backoff with full jitter, capped, for at most four attempts")
    void backoff() {
        Setback busy = new Setback(Setback.Cause.TOO_MANY_REQUESTS, "429", null);

        assertThat(policy.next(1, busy, true, Duration.ZERO).delay()).isEqualTo(Duration.ofMillis(499));
        assertThat(policy.next(2, busy, true, Duration.ZERO).delay()).isEqualTo(Duration.ofMillis(999));
        assertThat(policy.next(3, busy, true, Duration.ZERO).delay()).isEqualTo(Duration.ofMillis(1998));
        assertThat(policy.next(4, busy, true, Duration.ZERO).retry()).isFalse();
        assertThat(new RetryPolicy(9, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), () -> 0.5)
                .backoff(8)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    @DisplayName("the token exchange is repeated only when Plaid certainly did not act on it")
    void exchangeRepeatedOnlyWhenSafe() {
        assertThat(policy.next(1, new Setback(Setback.Cause.SERVER_ERROR, "500", null), false, Duration.ZERO).retry()).isFalse();
        assertThat(policy.next(1, new Setback(Setback.Cause.CONNECTION_LOST, "reset", null), false, Duration.ZERO).retry()).isFalse();
        assertThat(policy.next(1, new Setback(Setback.Cause.TOO_MANY_REQUESTS, "429", null), false, Duration.ZERO).retry()).isTrue();
        assertThat(policy.next(1, new Setback(Setback.Cause.NOT_SENT, "refused", null), false, Duration.ZERO).retry()).isTrue();
    }

    @Test
    @DisplayName("a Retry-After longer than the backoff is honoured; one past the total wait ends the call")
    void retryAfter() {
        assertThat(policy.next(1, new Setback(Setback.Cause.TOO_MANY_REQUESTS, "429", Duration.ofSeconds(5)), true,
                Duration.ZERO).delay()).isEqualTo(Duration.ofSeconds(5));
        RetryPolicy.Decision stop = policy.next(1, new Setback(Setback.Cause.TOO_MANY_REQUESTS, "429", Duration.ofMinutes(5)),
                true, Duration.ZERO);
        assertThat(stop.retry()).isFalse();
        assertThat(stop.whyStop()).contains("longer than Banksync waits");
    }

    @Test
    @DisplayName("what is left after the retries: 429 is RATE_LIMITED, 5xx and the institutions' errors UNAVAILABLE")
    void failures() {
        assertThat(new Setback(Setback.Cause.TOO_MANY_REQUESTS, "429", null).failure("POST /transactions/sync", 4, "").kind())
                .isEqualTo(AggregatorFailure.Kind.RATE_LIMITED);
        assertThat(new Setback(Setback.Cause.INSTITUTION, "INSTITUTION_DOWN", null).failure("POST /item/get", 4, ""))
                .satisfies(failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("bank is not answering", "after 4 attempts");
                });
        assertThat(new Setback(Setback.Cause.SERVER_ERROR, "500", null).failure("POST /item/get", 4, "").kind())
                .isEqualTo(AggregatorFailure.Kind.UNAVAILABLE);
    }
}
