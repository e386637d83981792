package org.banksync.adapters.bridge.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a Bridge call again. Exponential backoff with full jitter (a random wait between zero
 * and {@code baseDelay * 2^(attempt-1)}, capped at {@code maxDelay}), never shorter than Bridge's
 * {@code Retry-After}; at most {@code maxAttempts} attempts and {@code maxTotalWait} of waiting in
 * all, after which the caller reports the failure rather than holding a worker any longer.
 *
 * <p>Calls safe to repeat are retried on 5xx, 429 and connection failures. A call that is not safe
 * to repeat (a connect session) is sent again only when Bridge certainly did not act on it: the
 * connection never opened, the bulkhead refused it, Bridge's rate limiter refused it (429), or a
 * 503 came with a {@code Retry-After}. After a 500 or a connection lost mid-answer it is not
 * repeated: the user simply starts again.</p>
 *
 * @param jitter a source of uniform numbers in [0, 1)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotalWait,
                          DoubleSupplier jitter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Whether to wait and try again after {@code attemptsDone} attempts that waited {@code waited} so far. */
    Decision next(int attemptsDone, Setback setback, boolean idempotent, Duration waited) {
        if (attemptsDone >= maxAttempts) {
            return Decision.stop("");
        }
        if (!idempotent && !setback.certainlyNotProcessed()) {
            return Decision.stop(" (not repeated automatically: Bridge may have acted on it already)");
        }
        Duration backoff = backoff(attemptsDone);
        Duration wait = setback.retryAfter() != null && setback.retryAfter().compareTo(backoff) > 0
                ? setback.retryAfter() : backoff;
        if (waited.plus(wait).compareTo(maxTotalWait) > 0) {
            return Decision.stop(setback.retryAfter() != null
                    ? " (Bridge asked to wait " + setback.retryAfter().toSeconds() + " s, longer than Banksync waits)"
                    : "");
        }
        return Decision.waitFor(wait);
    }

    /** Full jitter: uniform in [0, min(maxDelay, baseDelay * 2^(attempt-1))]. */
    Duration backoff(int attemptsDone) {
        long ceiling = baseDelay.toMillis() << Math.min(attemptsDone - 1, 20);
        long capped = Math.min(maxDelay.toMillis(), ceiling);
        return Duration.ofMillis((long) (jitter.getAsDouble() * capped));
    }

    /** Wait this long then try again, or stop (with a note for the message on why). */
    record Decision(Duration delay, String whyStop) {

        static Decision waitFor(Duration wait) {
            return new Decision(wait, null);
        }

        static Decision stop(String why) {
            return new Decision(null, why);
        }

        boolean retry() {
            return delay != null;
        }
    }
}
