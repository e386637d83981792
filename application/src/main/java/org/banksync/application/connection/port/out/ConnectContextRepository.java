package org.banksync.application.connection.port.out;

import org.banksync.application.connection.ConnectContext;

import java.time.Instant;
import java.util.Optional;

/** Where connect contexts wait for their callback; only their hash is kept. */
public interface ConnectContextRepository {

    void save(ConnectContext context);

    /** The context if it exists, is unused and has not expired at {@code now}; changes nothing. */
    Optional<ConnectContext> findUsable(String tokenHash, Instant now);

    /**
     * Marks the context used and answers it, atomically, if it exists, is unused and has not expired
     * at {@code now}; else answers empty and changes nothing. Two callbacks racing get one winner.
     */
    Optional<ConnectContext> consume(String tokenHash, Instant now);
}
