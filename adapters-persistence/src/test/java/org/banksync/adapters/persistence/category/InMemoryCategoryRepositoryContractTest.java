package org.banksync.adapters.persistence.category;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The category contract against the application's in-memory repository, which use-case tests rely on. */
@DisplayName("InMemoryCategoryRepository keeps the category repository contract")
class InMemoryCategoryRepositoryContractTest extends CategoryRepositoryContract {

    InMemoryCategoryRepositoryContractTest() {
        super(Ports.inMemory());
    }

}
