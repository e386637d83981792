package org.banksync.adapters.bridge.http;

import org.banksync.adapters.bridge.http.Setback.Cause;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The retry policy")
class RetryPolicyTest {

    private static final Duration NONE = Duration.ZERO;

    private static RetryPolicy policy(double jitter) {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), () -> jitter);
    }

    @Test
    @DisplayName("backs off exponentially with full jitter: up to 0.5 s, 1 s, 2 s... never above the cap")
    void exponentialFullJitter() {
        RetryPolicy highest = policy(0.999_999);
        assertThat(highest.backoff(1)).isEqualTo(Duration.ofMillis(499));
        assertThat(highest.backoff(2)).isEqualTo(Duration.ofMillis(999));
        assertThat(highest.backoff(3)).isEqualTo(Duration.ofMillis(1999));
        assertThat(highest.backoff(30)).isEqualTo(Duration.ofMillis(7999));
        assertThat(policy(0).backoff(3)).isZero();
        assertThat(policy(0.5).backoff(2)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    @DisplayName("waits at least what Retry-After asks")
    void honoursRetryAfter() {
        RetryPolicy.Decision decision = policy(0.5).next(1, setback(Cause.TOO_MANY_REQUESTS, Duration.ofSeconds(7)), true, NONE);

        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("stops after four attempts")
    void boundedAttempts() {
        assertThat(policy(0.5).next(3, setback(Cause.SERVER_ERROR, null), true, NONE).retry()).isTrue();
        assertThat(policy(0.5).next(4, setback(Cause.SERVER_ERROR, null), true, NONE).retry()).isFalse();
    }

    @Test
    @DisplayName("stops rather than wait beyond the total bound, and says that Bridge asked for too long a wait")
    void boundedTotalWait() {
        RetryPolicy.Decision decision = policy(0.5).next(1, setback(Cause.TOO_MANY_REQUESTS, Duration.ofSeconds(120)), true, NONE);

        assertThat(decision.retry()).isFalse();
        assertThat(decision.whyStop()).contains("120 s");
        assertThat(policy(0.5).next(2, setback(Cause.SERVER_ERROR, null), true, Duration.ofMillis(59_800)).retry()).isFalse();
    }

    @ParameterizedTest(name = "{0} (Retry-After {1} s): a read is retried ({2}), a connect session is retried ({3})")
    @CsvSource({
        "SERVER_ERROR, , true, false",
        "SERVICE_UNAVAILABLE, , true, false",
        "SERVICE_UNAVAILABLE, 1, true, true",
        "TOO_MANY_REQUESTS, , true, true",
        "NOT_SENT, , true, true",
        "CONNECTION_LOST, , true, false",
        "BUSY, , true, true"})
    @DisplayName("calls that are not safe to repeat are sent again only when Bridge certainly did not act on them")
    void idempotency(Cause cause, Long retryAfterSeconds, boolean read, boolean session) {
        Setback setback = setback(cause, retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds));

        assertThat(policy(0.5).next(1, setback, true, NONE).retry()).isEqualTo(read);
        assertThat(policy(0.5).next(1, setback, false, NONE).retry()).isEqualTo(session);
    }

    private static Setback setback(Cause cause, Duration retryAfter) {
        return new Setback(cause, "detail", retryAfter);
    }
}
