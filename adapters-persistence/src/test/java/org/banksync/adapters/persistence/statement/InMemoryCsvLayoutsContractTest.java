package org.banksync.adapters.persistence.statement;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.testing.InMemoryCsvLayouts;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryCsvLayouts keeps the CSV layout contract")
class InMemoryCsvLayoutsContractTest extends CsvLayoutRepositoryContract {

    InMemoryCsvLayoutsContractTest() {
        super(Ports.inMemory(), new InMemoryCsvLayouts());
    }
}
