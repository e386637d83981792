package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.connection.ProviderAccount;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider account contract on PostgreSQL, plus the unit of work of a connect callback. */
@DisplayName("JpaProviderAccountRepository keeps the provider account repository contract on PostgreSQL")
class JpaProviderAccountRepositoryTest extends ProviderAccountRepositoryContract {

    JpaProviderAccountRepositoryTest() {
        super(Ports.jpa());
    }

    @Test
    @DisplayName("a new connection and its accounts, stored in one transaction as the connect callback does, are kept together")
    void storesANewConnectionWithItsAccounts() {
        BankConnection connection = BankConnection.open(ports.storedBank(), company, Provider.BRIDGE, "item-" + UUID.randomUUID());

        List<ProviderAccount> stored = Jpa.inTransaction(em -> {
            new JpaConnectionRepository(em, ports.clock).save(connection);
            return new JpaProviderAccountRepository(em, ports.clock).replaceAll(connection.id(), List.of(current("A"), card("B")));
        });

        assertThat(stored).hasSize(2);
        assertThat(providerAccounts.findByConnection(connection.id())).containsExactlyInAnyOrderElementsOf(stored);
    }
}
