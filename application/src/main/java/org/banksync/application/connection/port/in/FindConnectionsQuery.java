package org.banksync.application.connection.port.in;

import org.banksync.application.connection.ProviderAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;

import java.util.List;

/** Reads connections and the aggregator's accounts behind them. */
public interface FindConnectionsQuery {

    List<BankConnection> list();

    List<BankConnection> listByBank(BankId bankId);

    /** @throws org.banksync.application.shared.NotFound when there is no such connection */
    BankConnection get(ConnectionId id);

    /** The connection's accounts at the aggregator, each with the bank account linked to it (or null). */
    List<LinkedProviderAccount> providerAccounts(ConnectionId id);

    /** A provider account and the bank account it is linked to, if any. */
    record LinkedProviderAccount(ProviderAccount account, BankAccountId bankAccountId) {
    }
}
