package org.banksync.adapters.plaid.testing;

import org.banksync.application.connection.port.out.ProviderStateStore;
import org.banksync.application.testing.InMemoryProviderState;
import org.banksync.domain.connection.Provider;

import java.util.Optional;

/** The core's in-memory provider state, emptied between tests by replacing it. */
public final class SwappableState implements ProviderStateStore {

    private volatile InMemoryProviderState current = new InMemoryProviderState();

    @Override
    public Optional<String> find(Provider provider, String key) {
        return current.find(provider, key);
    }

    @Override
    public void put(Provider provider, String key, String value, boolean secret) {
        if (key.length() > KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("key longer than " + KEY_MAX_LENGTH + ": " + key);
        }
        current.put(provider, key, value, secret);
    }

    @Override
    public void remove(Provider provider, String key) {
        current.remove(provider, key);
    }

    public boolean isSecret(String key) {
        return current.isSecret(Provider.PLAID, key);
    }

    public Optional<String> get(String key) {
        return find(Provider.PLAID, key);
    }

    public void clear() {
        current = new InMemoryProviderState();
    }
}
