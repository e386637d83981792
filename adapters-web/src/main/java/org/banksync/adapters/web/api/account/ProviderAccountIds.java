package org.banksync.adapters.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.connection.ConnectionId;

import java.util.HashMap;
import java.util.Map;

/** Resolves a bank account's link to Banksync's id of the provider account, reading each connection once per request. */
@RequestScoped
public class ProviderAccountIds {

    private FindConnectionsQuery connections;
    private final Map<ConnectionId, Map<String, String>> byConnection = new HashMap<>();

    protected ProviderAccountIds() {
    }

    @Inject
    public ProviderAccountIds(FindConnectionsQuery connections) {
        this.connections = connections;
    }

    String of(BankAccount account) {
        if (account.providerAccount() == null) {
            return null;
        }
        ConnectionId connection = account.providerAccount().connectionId();
        return byConnection.computeIfAbsent(connection, id -> {
            Map<String, String> ids = new HashMap<>();
            connections.providerAccounts(id).forEach(linked ->
                    ids.put(linked.account().externalId(), linked.account().id().toString()));
            return ids;
        }).get(account.providerAccount().externalAccountId());
    }
}
