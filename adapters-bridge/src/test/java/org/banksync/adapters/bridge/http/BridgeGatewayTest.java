package org.banksync.adapters.bridge.http;

import jakarta.ws.rs.core.Response;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.client.BridgeCall.Quota;
import org.banksync.adapters.bridge.testing.InMemoryRequestBudget;
import org.banksync.adapters.bridge.testing.MutableClock;
import org.banksync.adapters.bridge.testing.RecordingSleeper;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The gateway's reaction to Fault Tolerance's refusals")
class BridgeGatewayTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-16T09:30:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock::advance);

    @Test
    @DisplayName("an open circuit fails at once as UNAVAILABLE, without retrying")
    void openCircuit() {
        ScriptedExchange exchange = new ScriptedExchange(List.of(() -> {
            throw new CircuitBreakerOpenException("open");
        }));

        assertThatThrownBy(() -> gateway(exchange).send(call(false)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("paused", "Try again in a minute");
                });
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("a full bulkhead sent nothing, so even a connect session waits and tries again")
    void fullBulkhead() {
        ScriptedExchange exchange = new ScriptedExchange(List.of(() -> {
            throw new BulkheadException("full");
        }, () -> new BridgeAnswer(201, "{}", null)));

        assertThat(gateway(exchange).send(call(false)).status()).isEqualTo(201);
        assertThat(sleeper.waits()).hasSize(1);
    }

    private BridgeGateway gateway(Exchange exchange) {
        return new BridgeGateway(exchange, new RequestLimiter(new InMemoryRequestBudget(), sleeper, clock), sleeper,
                clock, RetryPolicy.standard());
    }

    private static BridgeCall call(boolean idempotent) {
        return new BridgeCall("POST /test", idempotent, Quota.APP, null, () -> Response.ok().build());
    }

    /** Plays one scripted outcome per attempt. */
    private static final class ScriptedExchange extends Exchange {
        private final Deque<Supplier<BridgeAnswer>> script;

        ScriptedExchange(List<Supplier<BridgeAnswer>> script) {
            this.script = new ArrayDeque<>(script);
        }

        @Override
        public BridgeAnswer exchange(BridgeCall call) {
            return script.pop().get();
        }
    }
}
