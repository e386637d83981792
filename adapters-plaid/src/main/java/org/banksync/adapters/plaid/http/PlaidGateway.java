package org.banksync.adapters.plaid.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.PlaidCall;
import org.banksync.adapters.plaid.client.PlaidError;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends a Plaid call until it gets an answer worth reading: each attempt takes from the request
 * budgets, goes through {@link Exchange} (Fault Tolerance), and 429, 5xx, the institutions' errors and
 * connection failures are retried as {@link RetryPolicy} allows. Other answers (2xx, 4xx) are
 * returned for the caller to read, with Plaid's {@code request_id} in the log; what could not be
 * overcome is thrown as an {@link AggregatorFailure}.
 */
@ApplicationScoped
public class PlaidGateway {

    private static final System.Logger LOG = System.getLogger(PlaidGateway.class.getName());

    private Exchange exchange;
    private RequestLimiter limiter;
    private Sleeper sleeper;
    private Clock clock;
    private RetryPolicy policy;

    protected PlaidGateway() {
    }

    @Inject
    public PlaidGateway(Exchange exchange, RequestLimiter limiter, Sleeper sleeper, Clock clock) {
        this(exchange, limiter, sleeper, clock, RetryPolicy.standard());
    }

    public PlaidGateway(Exchange exchange, RequestLimiter limiter, Sleeper sleeper, Clock clock, RetryPolicy policy) {
        this.exchange = exchange;
        this.limiter = limiter;
        this.sleeper = sleeper;
        this.clock = clock;
        this.policy = policy;
    }

    public PlaidAnswer send(PlaidCall call) {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            limiter.acquire(call);
            Outcome outcome = attemptOnce(call);
            if (outcome.answer() != null) {
                PlaidAnswer answer = outcome.answer();
                LOG.log(answer.isSuccess() ? Level.DEBUG : Level.INFO, "Plaid {0}: {1}", call.description(),
                        answer.isSuccess() ? "HTTP " + answer.status() + " [request " + answer.requestId() + "]"
                                : answer.describe());
                return answer;
            }
            Setback setback = outcome.setback();
            RetryPolicy.Decision decision = policy.next(attempt, setback, call.idempotent(), waited);
            if (!decision.retry()) {
                throw setback.failure(call.description(), attempt, decision.whyStop());
            }
            LOG.log(Level.INFO, "Plaid {0}: {1}; attempt {2} in {3} ms", call.description(), setback.detail(),
                    attempt + 1, decision.delay().toMillis());
            sleeper.sleep(decision.delay());
            waited = waited.plus(decision.delay());
        }
    }

    /** Waits as the policy's backoff says before attempt {@code attemptsDone + 1} of a longer operation. */
    public void backOff(int attemptsDone) {
        sleeper.sleep(policy.backoff(attemptsDone));
    }

    /** An answer to return, or why the attempt failed. */
    private Outcome attemptOnce(PlaidCall call) {
        try {
            PlaidAnswer answer = exchange.exchange(call);
            if (answer.status() == 429) {
                return failed(Setback.Cause.TOO_MANY_REQUESTS, answer.describe(), retryAfter(answer));
            }
            if (answer.error().filter(PlaidError::isInstitutionError).isPresent()) {
                return failed(Setback.Cause.INSTITUTION, answer.describe(), retryAfter(answer));
            }
            return new Outcome(answer, null);
        } catch (ServerFailure failure) {
            PlaidAnswer answer = failure.answer();
            Setback.Cause cause = answer.status() == 503 ? Setback.Cause.SERVICE_UNAVAILABLE : Setback.Cause.SERVER_ERROR;
            return failed(cause, answer.describe(), retryAfter(answer));
        } catch (TransportFailure failure) {
            return failed(failure.mayHaveArrived() ? Setback.Cause.CONNECTION_LOST : Setback.Cause.NOT_SENT,
                    failure.getMessage(), null);
        } catch (TimeoutException timeout) {
            return failed(Setback.Cause.CONNECTION_LOST, "no answer in time", null);
        } catch (BulkheadException busy) {
            return failed(Setback.Cause.BUSY, "too many calls to Plaid in flight from this instance", null);
        } catch (CircuitBreakerOpenException open) {
            throw new AggregatorFailure(AggregatorFailure.Kind.UNAVAILABLE, "Plaid has been failing repeatedly, so "
                    + "Banksync paused its calls for a short while (" + call.description() + "). Try again in a minute.",
                    open);
        }
    }

    private static Outcome failed(Setback.Cause cause, String detail, Duration retryAfter) {
        return new Outcome(null, new Setback(cause, detail, retryAfter));
    }

    private Duration retryAfter(PlaidAnswer answer) {
        return RetryAfter.parse(answer.retryAfter(), clock.instant()).orElse(null);
    }

    private record Outcome(PlaidAnswer answer, Setback setback) {
    }
}
