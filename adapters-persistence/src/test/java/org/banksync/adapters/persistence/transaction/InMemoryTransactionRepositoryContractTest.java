package org.banksync.adapters.persistence.transaction;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The transaction contract against the application's in-memory repository, which use-case tests rely on. */
@DisplayName("InMemoryTransactionRepository keeps the transaction repository contract")
class InMemoryTransactionRepositoryContractTest extends TransactionRepositoryContract {

    InMemoryTransactionRepositoryContractTest() {
        super(Ports.inMemory());
    }
}
