package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/**
 * The provider account contract against the application's in-memory repository, which use-case tests rely on.
 * Where it breaks the contract the test is overridden as disabled, so the gap shows in every report until the
 * application module closes it.
 */
@DisplayName("InMemoryConnectionPorts.ProviderAccounts keeps the provider account repository contract")
class InMemoryProviderAccountRepositoryContractTest extends ProviderAccountRepositoryContract {

    InMemoryProviderAccountRepositoryContractTest() {
        super(Ports.inMemory());
    }
}
