package org.banksync.application.connection.port.out;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;

import java.util.List;
import java.util.Optional;

/** Stores bank connections. */
public interface ConnectionRepository {

    Optional<BankConnection> findById(ConnectionId id);

    /** The live (not DISCONNECTED) connection of a bank for a company, if any. */
    Optional<BankConnection> findLive(BankId bankId, CompanyCode company);

    Optional<BankConnection> findByItem(Provider provider, String externalItemId);

    /** Every connection of a bank, oldest first. */
    List<BankConnection> findByBank(BankId bankId);

    /** Every connection, for the API's list, oldest first. */
    List<BankConnection> findAll();

    /** Inserts or updates. */
    void save(BankConnection connection);
}
