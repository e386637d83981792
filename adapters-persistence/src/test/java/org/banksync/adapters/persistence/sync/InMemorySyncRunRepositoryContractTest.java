package org.banksync.adapters.persistence.sync;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The sync run repository contract against the application's in-memory runs, which use-case tests rely on. */
@DisplayName("InMemorySyncPorts.Runs keeps the sync run repository contract")
class InMemorySyncRunRepositoryContractTest extends SyncRunRepositoryContract {

    InMemorySyncRunRepositoryContractTest() {
        super(Ports.inMemory());
    }
}
