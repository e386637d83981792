package org.banksync.adapters.plaid.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.time.Duration;

/** The real wait: the calling thread sleeps (calls to Plaid run outside transactions, on worker threads). */
@ApplicationScoped
public class ThreadSleeper implements Sleeper {

    @Override
    public void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AggregatorFailure(AggregatorFailure.Kind.UNAVAILABLE,
                    "The call to Plaid was interrupted (Banksync is stopping?). Try again.", e);
        }
    }
}
