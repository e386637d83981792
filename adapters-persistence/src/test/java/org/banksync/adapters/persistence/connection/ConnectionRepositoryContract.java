package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ConnectionRepository} promises; a subclass runs it against one implementation. */
public abstract class ConnectionRepositoryContract {

    protected final Ports ports;
    protected final ConnectionRepository connections;
    protected final CompanyCode company;
    protected final BankId bank;

    protected ConnectionRepositoryContract(Ports ports) {
        this.ports = ports;
        this.connections = ports.connections;
        this.company = ports.storedCompany();
        this.bank = ports.storedBank();
    }

    protected static String newItem() {
        return "item-" + UUID.randomUUID();
    }

    /** Opened and saved now, then the clock moves on, so that connections saved one after another have an age order. */
    protected BankConnection saved(BankId bankId, CompanyCode companyCode, Provider provider) {
        BankConnection connection = BankConnection.open(bankId, companyCode, provider, newItem());
        connections.save(connection);
        ports.clock.advance(Duration.ofMinutes(1));
        return connection;
    }

    @Test
    @DisplayName("a stored connection comes back as it was: bank, company, provider, item, state, detail, consent expiry, last refresh")
    void storesEveryField() {
        BankConnection connection = BankConnection.open(bank, company, Provider.PLAID, newItem());
        connection.updateState(ConnectionState.ACTION_NEEDED, "the bank asks for a strong authentication",
                Instant.parse("2027-02-24T10:15:30.123456Z"), Instant.parse("2026-11-25T22:14:03.250Z"));
        connections.save(connection);

        assertThat(connections.findById(connection.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(connection);
    }

    @Test
    @DisplayName("saving again updates the connection in place")
    void updatesInPlace() {
        BankConnection connection = saved(bank, company, Provider.BRIDGE);

        connection.updateState(ConnectionState.TEMPORARY_ERROR, "status 1099", null, Instant.parse("2026-11-26T02:00:00Z"));
        connections.save(connection);

        assertThat(connections.findById(connection.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(connection);
        assertThat(connections.findByBank(bank)).extracting(BankConnection::id).containsExactly(connection.id());
    }

    @Test
    @DisplayName("the live connection of a bank is found for its company only, and a disconnected one is not live")
    void findsTheLiveConnection() {
        CompanyCode otherCompany = ports.storedCompany();
        BankId otherBank = ports.storedBank();
        BankConnection ours = saved(bank, company, Provider.BRIDGE);
        BankConnection theirs = saved(bank, otherCompany, Provider.BRIDGE);
        BankConnection gone = saved(otherBank, company, Provider.BRIDGE);
        gone.disconnect();
        connections.save(gone);

        assertThat(connections.findLive(bank, company)).map(BankConnection::id).contains(ours.id());
        assertThat(connections.findLive(bank, otherCompany)).map(BankConnection::id).contains(theirs.id());
        assertThat(connections.findLive(otherBank, company)).isEmpty();
        assertThat(connections.findLive(ports.storedBank(), company)).isEmpty();
    }

    @Test
    @DisplayName("once a connection is disconnected a new one is the live one, and the bank lists both, oldest first")
    void replacesADisconnectedConnection() {
        BankConnection first = saved(bank, company, Provider.BRIDGE);
        first.disconnect();
        connections.save(first);
        BankConnection second = saved(bank, company, Provider.BRIDGE);

        assertThat(connections.findLive(bank, company)).map(BankConnection::id).contains(second.id());
        assertThat(connections.findByBank(bank)).extracting(BankConnection::id).containsExactly(first.id(), second.id());
        assertThat(connections.findByBank(bank).get(0).state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    @DisplayName("a connection is found by its provider's item, and not by the same item id at another provider")
    void findsByItem() {
        BankConnection connection = saved(bank, company, Provider.BRIDGE);

        assertThat(connections.findByItem(Provider.BRIDGE, connection.externalItemId())).map(BankConnection::id)
                .contains(connection.id());
        assertThat(connections.findByItem(Provider.PLAID, connection.externalItemId())).isEmpty();
        assertThat(connections.findByItem(Provider.BRIDGE, newItem())).isEmpty();
    }

    @Test
    @DisplayName("the list of every connection holds them all, oldest first, whatever their bank, company or state")
    void listsEveryConnectionOldestFirst() {
        BankConnection first = saved(bank, company, Provider.BRIDGE);
        BankConnection second = saved(ports.storedBank(), ports.storedCompany(), Provider.PLAID);
        BankConnection third = saved(ports.storedBank(), company, Provider.BRIDGE);
        second.disconnect();
        connections.save(second);

        Set<ConnectionId> ours = Set.of(first.id(), second.id(), third.id());
        List<ConnectionId> listed = connections.findAll().stream().map(BankConnection::id).filter(ours::contains).toList();

        assertThat(listed).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    @DisplayName("an unknown connection is not found, and a bank without connections lists none")
    void unknownConnection() {
        assertThat(connections.findById(ConnectionId.newId())).isEmpty();
        assertThat(connections.findByBank(ports.storedBank())).isEmpty();
    }
}
