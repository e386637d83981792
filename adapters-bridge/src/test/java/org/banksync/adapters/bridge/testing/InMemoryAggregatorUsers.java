package org.banksync.adapters.bridge.testing;

import org.banksync.application.connection.port.out.AggregatorUserRepository;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The aggregator users in a map (the real one encrypts tokens in PostgreSQL). */
public final class InMemoryAggregatorUsers implements AggregatorUserRepository {

    private final Map<String, AggregatorUser> users = new ConcurrentHashMap<>();

    @Override
    public Optional<AggregatorUser> find(Provider provider, CompanyCode company) {
        return Optional.ofNullable(users.get(key(provider, company)));
    }

    @Override
    public void save(AggregatorUser user) {
        users.put(key(user.provider(), user.company()), user);
    }

    public AggregatorUser get(CompanyCode company) {
        return find(Provider.BRIDGE, company).orElseThrow(() -> new AssertionError("no Bridge user for " + company));
    }

    public void clear() {
        users.clear();
    }

    private static String key(Provider provider, CompanyCode company) {
        return provider + "/" + company;
    }
}
