package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;

import java.util.List;

/** Reads connections and their aggregator accounts with the links to bank accounts. */
@UseCase
public class FindConnectionsService implements FindConnectionsQuery {

    private ConnectionRepository connections;
    private ProviderAccountRepository providerAccounts;
    private BankAccountRepository bankAccounts;

    protected FindConnectionsService() {
    }

    @Inject
    public FindConnectionsService(ConnectionRepository connections, ProviderAccountRepository providerAccounts,
                                  BankAccountRepository bankAccounts) {
        this.connections = connections;
        this.providerAccounts = providerAccounts;
        this.bankAccounts = bankAccounts;
    }

    @Override
    public List<BankConnection> list() {
        return connections.findAll();
    }

    @Override
    public List<BankConnection> listByBank(BankId bankId) {
        return connections.findByBank(bankId);
    }

    @Override
    public BankConnection get(ConnectionId id) {
        return connections.findById(id).orElseThrow(() -> new NotFound("connection", id));
    }

    @Override
    public List<LinkedProviderAccount> providerAccounts(ConnectionId id) {
        BankConnection connection = get(id);
        return providerAccounts.findByConnection(connection.id()).stream()
                .map(account -> new LinkedProviderAccount(account, bankAccounts
                        .findByProviderAccount(new ProviderAccountRef(connection.id(), account.externalId()))
                        .map(BankAccount::id).orElse(null)))
                .toList();
    }
}
