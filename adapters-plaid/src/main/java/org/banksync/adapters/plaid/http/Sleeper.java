package org.banksync.adapters.plaid.http;

import java.time.Duration;

/** Waits between attempts; tests replace it so that nothing waits for real. */
public interface Sleeper {

    /** Waits for the duration; an interrupted wait ends the call as unavailable, keeping the interrupt flag. */
    void sleep(Duration duration);
}
