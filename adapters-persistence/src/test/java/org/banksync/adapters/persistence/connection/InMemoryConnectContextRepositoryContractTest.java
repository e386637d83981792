package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The connect context contract against the application's in-memory repository, which use-case tests rely on. */
@DisplayName("InMemoryConnectionPorts.Contexts keeps the connect context repository contract")
class InMemoryConnectContextRepositoryContractTest extends ConnectContextRepositoryContract {

    InMemoryConnectContextRepositoryContractTest() {
        super(Ports.inMemory());
    }
}
