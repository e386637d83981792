package org.banksync.application.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The aggregators this installation has adapters for, by provider. */
@ApplicationScoped
public class ConnectorRegistry {

    private final Map<Provider, BankConnector> connectors = new EnumMap<>(Provider.class);

    protected ConnectorRegistry() {
    }

    @Inject
    public ConnectorRegistry(Instance<BankConnector> available) {
        this((Iterable<BankConnector>) available);
    }

    public ConnectorRegistry(Iterable<BankConnector> available) {
        available.forEach(connector -> connectors.put(connector.provider(), connector));
    }

    /** The connector of a provider; a provider without one is refused naming the {@code provider} field. */
    public BankConnector of(Provider provider) {
        BankConnector connector = connectors.get(provider);
        if (connector == null) {
            throw new DomainViolation("provider", "the aggregator " + provider.wireName() + " is not configured here");
        }
        return connector;
    }

    public Set<Provider> providers() {
        return Set.copyOf(connectors.keySet());
    }
}
