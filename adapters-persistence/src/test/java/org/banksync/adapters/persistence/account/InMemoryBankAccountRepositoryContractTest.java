package org.banksync.adapters.persistence.account;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The bank account contract against the application's in-memory repository, which use-case tests rely on. */
@DisplayName("InMemoryBankAccountRepository keeps the bank account repository contract")
class InMemoryBankAccountRepositoryContractTest extends BankAccountRepositoryContract {

    InMemoryBankAccountRepositoryContractTest() {
        super(Ports.inMemory());
    }

}
