package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The connection contract against the application's in-memory repository, which use-case tests rely on. */
@DisplayName("InMemoryConnectionPorts.Connections keeps the connection repository contract")
class InMemoryConnectionRepositoryContractTest extends ConnectionRepositoryContract {

    InMemoryConnectionRepositoryContractTest() {
        super(Ports.inMemory());
    }
}
