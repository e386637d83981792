package org.banksync.application.connection.port.out;

import org.banksync.domain.connection.Provider;

import java.util.Optional;

/**
 * What an aggregator adapter must remember between calls and across restarts, opaque to the core:
 * per-item secrets such as Plaid's access tokens (kept encrypted at rest), read positions such as a
 * cursor, identifier aliases. Keys are the adapter's own; each call commits on its own when no
 * transaction is running.
 */
public interface ProviderStateStore {

    int KEY_MAX_LENGTH = 300;

    Optional<String> find(Provider provider, String key);

    /** Inserts or replaces; a {@code secret} value is encrypted at rest and never logged. */
    void put(Provider provider, String key, String value, boolean secret);

    void remove(Provider provider, String key);
}
