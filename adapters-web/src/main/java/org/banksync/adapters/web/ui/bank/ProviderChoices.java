package org.banksync.adapters.web.ui.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.application.connection.ConnectorRegistry;
import org.banksync.domain.connection.Provider;
import org.eclipse.microprofile.config.Config;

import java.util.Arrays;
import java.util.List;

/**
 * The aggregators "Connect your bank" offers: those this installation has an adapter for and
 * credentials of ({@code <provider>.client.id} set, as the launcher's demo mode does for both
 * sandboxes), Bridge first.
 */
@ApplicationScoped
public class ProviderChoices {

    private ConnectorRegistry connectors;
    private Config config;

    protected ProviderChoices() {
    }

    @Inject
    public ProviderChoices(ConnectorRegistry connectors, Config config) {
        this.connectors = connectors;
        this.config = config;
    }

    public List<Provider> configured() {
        return Arrays.stream(Provider.values())
                .filter(connectors.providers()::contains)
                .filter(provider -> config.getOptionalValue(provider.wireName() + ".client.id", String.class)
                        .filter(id -> !id.isBlank()).isPresent())
                .toList();
    }
}
