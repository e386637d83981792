package org.banksync.application.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.banksync.application.sync.port.out.TransactionFeed;
import org.banksync.domain.connection.Provider;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The transaction feeds this installation has adapters for, by provider. */
@ApplicationScoped
public class FeedRegistry {

    private final Map<Provider, TransactionFeed> feeds = new EnumMap<>(Provider.class);

    protected FeedRegistry() {
    }

    @Inject
    public FeedRegistry(Instance<TransactionFeed> available) {
        this((Iterable<TransactionFeed>) available);
    }

    public FeedRegistry(Iterable<TransactionFeed> available) {
        available.forEach(feed -> feeds.put(feed.provider(), feed));
    }

    public Optional<TransactionFeed> of(Provider provider) {
        return Optional.ofNullable(feeds.get(provider));
    }
}
