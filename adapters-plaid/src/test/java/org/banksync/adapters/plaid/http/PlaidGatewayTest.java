package org.banksync.adapters.plaid.http;

import jakarta.ws.rs.core.Response;
import org.banksync.adapters.plaid.client.Endpoint;
import org.banksync.adapters.plaid.client.PlaidCall;
import org.banksync.adapters.plaid.testing.InMemoryRequestBudget;
import org.banksync.adapters.plaid.testing.RecordingSleeper;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.domain.testing.MutableClock;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The gateway: budgets, retries and Fault Tolerance's refusals")
class PlaidGatewayTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-16T09:30:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock::advance);
    private final InMemoryRequestBudget budget = new InMemoryRequestBudget();

    @Test
    @DisplayName("each attempt spends the Item's and the client's budget of its endpoint; past 15 /item/get a minute, it waits")
    void budgets() {
        PlaidGateway gateway = gateway(new ScriptedExchange(List.of()).always(() -> new PlaidAnswer(200, "{}", null)));

        for (int i = 0; i < 16; i++) {
            gateway.send(call(Endpoint.ITEM_GET, "item-1", true));
        }

        assertThat(sleeper.waits()).singleElement().isEqualTo(Duration.ofMinutes(1));
        // the minute waited emptied both windows: only the 16th call is in them now
        assertThat(budget.taken("plaid:item:item-1:item_get")).isEqualTo(1);
        assertThat(budget.taken("plaid:client:item_get")).isEqualTo(1);
        gateway.send(call(Endpoint.LINK_TOKEN_GET, null, true));
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    @DisplayName("an Item out of budget for longer than Banksync waits fails as RATE_LIMITED without sending")
    void budgetExhausted() {
        ScriptedExchange exchange = new ScriptedExchange(List.of());
        PlaidGateway gateway = new PlaidGateway(exchange, new RequestLimiter((bucket, limit, window, now)
                -> Duration.ofMinutes(10), sleeper, clock), sleeper, clock, RetryPolicy.standard());

        assertThatThrownBy(() -> gateway.send(call(Endpoint.TRANSACTIONS_SYNC, "item-1", true)))
                .isInstanceOfSatisfying(AggregatorFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.RATE_LIMITED));
        assertThat(exchange.attempts).isZero();
    }

    @Test
    @DisplayName("400s other than the institutions' are answers, not retried")
    void otherRefusalsAreAnswers() {
        PlaidGateway gateway = gateway(new ScriptedExchange(List.of(
                () -> new PlaidAnswer(400, "{\"error_type\":\"INVALID_INPUT\",\"error_code\":\"INVALID_FIELD\"}", null))));

        assertThat(gateway.send(call(Endpoint.ITEM_GET, "item-1", true)).status()).isEqualTo(400);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("an open circuit fails at once as UNAVAILABLE; a full bulkhead sent nothing, so even the exchange tries again")
    void faultTolerance() {
        assertThatThrownBy(() -> gateway(new ScriptedExchange(List.of(() -> {
            throw new CircuitBreakerOpenException("open");
        }))).send(call(Endpoint.ITEM_GET, "item-1", true)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.UNAVAILABLE);
                    assertThat(failure.getMessage()).contains("paused");
                });

        PlaidGateway busy = gateway(new ScriptedExchange(List.of(() -> {
            throw new BulkheadException("full");
        }, () -> new PlaidAnswer(200, "{}", null))));
        assertThat(busy.send(call(Endpoint.PUBLIC_TOKEN_EXCHANGE, null, false)).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a 500 on the token exchange is not repeated: Plaid may have exchanged it already")
    void exchangeNotRepeatedAfter500() {
        PlaidGateway gateway = gateway(new ScriptedExchange(List.of(() -> {
            throw new ServerFailure(new PlaidAnswer(500, "{\"error_type\":\"API_ERROR\",\"error_code\":\"INTERNAL_SERVER_ERROR\"}", null));
        })));

        assertThatThrownBy(() -> gateway.send(call(Endpoint.PUBLIC_TOKEN_EXCHANGE, null, false)))
                .isInstanceOf(AggregatorFailure.class).hasMessageContaining("not repeated automatically");
    }

    private PlaidGateway gateway(Exchange exchange) {
        return new PlaidGateway(exchange, new RequestLimiter(budget, sleeper, clock), sleeper, clock, RetryPolicy.standard());
    }

    private static PlaidCall call(Endpoint endpoint, String itemId, boolean idempotent) {
        return new PlaidCall(endpoint, itemId, idempotent, "POST " + endpoint.path(), () -> Response.ok().build());
    }

    /** Plays one scripted outcome per attempt, then the fallback if any. */
    private static final class ScriptedExchange extends Exchange {
        private final Deque<Supplier<PlaidAnswer>> script;
        private Supplier<PlaidAnswer> fallback;
        private int attempts;

        ScriptedExchange(List<Supplier<PlaidAnswer>> script) {
            this.script = new ArrayDeque<>(script);
        }

        ScriptedExchange always(Supplier<PlaidAnswer> answer) {
            this.fallback = answer;
            return this;
        }

        @Override
        public PlaidAnswer exchange(PlaidCall call) {
            attempts++;
            return script.isEmpty() ? fallback.get() : script.pop().get();
        }
    }
}
