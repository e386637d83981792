package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection contract on PostgreSQL, plus what the schema adds. */
@DisplayName("JpaConnectionRepository keeps the connection repository contract on PostgreSQL")
class JpaConnectionRepositoryTest extends ConnectionRepositoryContract {

    JpaConnectionRepositoryTest() {
        super(Ports.jpa());
    }

    @Test
    @DisplayName("the schema refuses a second live connection of a bank for the same company")
    void oneLiveConnectionPerBankAndCompany() {
        saved(bank, company, Provider.BRIDGE);

        assertThatThrownBy(() -> saved(bank, company, Provider.PLAID)).hasStackTraceContaining("ux_connection_live");
    }

    @Test
    @DisplayName("saving a connection leaves the provider columns it does not map (Plaid's cursor) as they were")
    void keepsUnmappedColumns() {
        BankConnection connection = saved(bank, company, Provider.PLAID);
        Jpa.inTransaction(em -> em.createNativeQuery("update bank_connection set sync_cursor = 'cursor-7' where id = ?1")
                .setParameter(1, connection.id().value())
                .executeUpdate());

        connection.updateState(ConnectionState.OK, null, null, null);
        connections.save(connection);

        Object cursor = Jpa.inTransaction(em -> em.createNativeQuery("select sync_cursor from bank_connection where id = ?1")
                .setParameter(1, connection.id().value())
                .getSingleResult());
        assertThat(cursor).isEqualTo("cursor-7");
    }
}
