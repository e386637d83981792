package org.banksync.adapters.persistence.statement;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.adapters.persistence.testing.TransactionalPort;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JpaCsvLayoutRepository keeps the CSV layout contract on PostgreSQL")
class JpaCsvLayoutRepositoryTest extends CsvLayoutRepositoryContract {

    JpaCsvLayoutRepositoryTest() {
        super(Ports.jpa(), TransactionalPort.of(CsvLayoutRepository.class, JpaCsvLayoutRepository::new));
    }
}
