package org.banksync.adapters.plaid.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a Plaid call again. Exponential backoff with full jitter (a random wait between zero
 * and {@code baseDelay * 2^(attempt-1)}, capped at {@code maxDelay}), never shorter than a
 * {@code Retry-After}; at most {@code maxAttempts} attempts and {@code maxTotalWait} of waiting in
 * all, after which the caller reports the failure rather than holding a worker any longer.
 *
 * <p>Calls safe to repeat are retried on 429, 5xx, the institutions' errors and connection failures;
 * never on other 400s, which would only be refused again. The public token exchange, which works
 * once, is sent again only when Plaid certainly did not act on it.</p>
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
            return Decision.stop(" (not repeated automatically: Plaid may have acted on it already)");
        }
        Duration backoff = backoff(attemptsDone);
        Duration wait = setback.retryAfter() != null && setback.retryAfter().compareTo(backoff) > 0
                ? setback.retryAfter() : backoff;
        if (waited.plus(wait).compareTo(maxTotalWait) > 0) {
            return Decision.stop(setback.retryAfter() != null
                    ? " (Plaid asked to wait " + setback.retryAfter().toSeconds() + " s, longer than Banksync waits)"
                    : "");
        }
        return Decision.waitFor(wait);
    }

    /** Full jitter: uniform in [0, min(maxDelay, baseDelay * 2^(attempt-1))]. */
    public Duration backoff(int attemptsDone) {
        long ceiling = baseDelay.toMillis() << Math.min(Math.max(attemptsDone - 1, 0), 20);
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
