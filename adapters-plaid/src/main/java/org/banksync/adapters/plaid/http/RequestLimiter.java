package org.banksync.adapters.plaid.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.Endpoint;
import org.banksync.adapters.plaid.client.PlaidCall;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.RequestBudget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keeps every Banksync instance together under Plaid's per-endpoint limits by taking each request
 * from the shared {@link RequestBudget} before it is sent: {@code plaid:item:<item>:<endpoint>} (per
 * Item per minute) and {@code plaid:client:<endpoint>} (per client per minute), for the endpoints
 * whose limits Plaid publishes. When a bucket is empty it waits as told and asks again, for {@link
 * #MAX_WAIT} at most.
 */
@ApplicationScoped
public class RequestLimiter {

    static final Duration MAX_WAIT = Duration.ofSeconds(75);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(20);
    /** Buckets are at most 200 characters; an Item id longer than this is hashed. */
    private static final int ITEM_ID_IN_BUCKET = 100;

    private RequestBudget budget;
    private Sleeper sleeper;
    private Clock clock;

    protected RequestLimiter() {
    }

    @Inject
    public RequestLimiter(RequestBudget budget, Sleeper sleeper, Clock clock) {
        this.budget = budget;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Returns once the call may be sent; throws RATE_LIMITED when the wait would be too long. */
    public void acquire(PlaidCall call) {
        Endpoint endpoint = call.endpoint();
        String name = endpoint.name().toLowerCase(Locale.ROOT);
        Duration waited = Duration.ZERO;
        if (endpoint.perItemPerMinute() > 0 && call.itemId() != null) {
            waited = take("plaid:item:" + itemPart(call.itemId()) + ":" + name, endpoint.perItemPerMinute(), waited);
        }
        if (endpoint.perClientPerMinute() > 0) {
            take("plaid:client:" + name, endpoint.perClientPerMinute(), waited);
        }
    }

    private Duration take(String bucket, int limit, Duration alreadyWaited) {
        Duration waited = alreadyWaited;
        while (true) {
            Duration wait = budget.acquire(bucket, limit, WINDOW, clock.instant());
            if (wait.isZero() || wait.isNegative()) {
                return waited;
            }
            if (wait.compareTo(SHORTEST_WAIT) < 0) {
                wait = SHORTEST_WAIT;
            }
            if (waited.plus(wait).compareTo(MAX_WAIT) > 0) {
                throw new AggregatorFailure(AggregatorFailure.Kind.RATE_LIMITED, "Banksync has used its share of "
                        + "Plaid's request limit (" + limit + " per minute, bucket " + bucket + ") and would have to wait "
                        + wait.toSeconds() + " s more. Try again in a few minutes.");
            }
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    private static String itemPart(String itemId) {
        if (itemId.length() <= ITEM_ID_IN_BUCKET) {
            return itemId;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(itemId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
