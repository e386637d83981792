package org.banksync.application.testing;

import org.banksync.application.connection.port.out.ProviderStateStore;
import org.banksync.domain.connection.Provider;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Adapters' state in memory; remembers which values were secrets so tests can check they were marked so. */
public final class InMemoryProviderState implements ProviderStateStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Map<String, Boolean> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(Provider provider, String key) {
        return Optional.ofNullable(values.get(provider.wireName() + "/" + key));
    }

    @Override
    public void put(Provider provider, String key, String value, boolean secret) {
        values.put(provider.wireName() + "/" + key, value);
        secrets.put(provider.wireName() + "/" + key, secret);
    }

    @Override
    public void remove(Provider provider, String key) {
        values.remove(provider.wireName() + "/" + key);
        secrets.remove(provider.wireName() + "/" + key);
    }

    public boolean isSecret(Provider provider, String key) {
        return secrets.getOrDefault(provider.wireName() + "/" + key, false);
    }
}
