package org.banksync.adapters.persistence.sync;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The transaction store contract against the application's in-memory store, which use-case tests rely on. */
@DisplayName("InMemorySyncPorts.Store keeps the transaction store contract")
class InMemoryTransactionStoreContractTest extends TransactionStoreContract {

    InMemoryTransactionStoreContractTest() {
        super(Ports.inMemory());
    }
}
