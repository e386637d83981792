package org.banksync.adapters.persistence.category;

import org.banksync.adapters.persistence.testing.Ports;
import org.junit.jupiter.api.DisplayName;

/** The category contract on PostgreSQL. */
@DisplayName("JpaCategoryRepository keeps the category repository contract on PostgreSQL")
class JpaCategoryRepositoryTest extends CategoryRepositoryContract {

    JpaCategoryRepositoryTest() {
        super(Ports.jpa());
    }
}
