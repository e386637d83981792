package org.banksync.application.connection;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An aggregator that answers what the test scripts, and remembers the sessions it was asked for. */
final class FakeBridgeConnector implements BankConnector {

    final List<ConnectSessionRequest> sessions = new ArrayList<>();
    List<ProviderAccountSnapshot> accounts = List.of();
    List<String> rejected = List.of();
    List<ProviderCategorySnapshot> categories = List.of();
    ItemSnapshot item = new ItemSnapshot("item-1", ConnectionState.OK, "ok", Instant.parse("2027-05-01T00:00:00Z"),
            Instant.parse("2026-11-26T10:00:00Z"));
    boolean down;

    @Override
    public Provider provider() {
        return Provider.BRIDGE;
    }

    @Override
    public URI startConnectSession(CompanyCode company, ConnectSessionRequest request) {
        failIfDown();
        sessions.add(request);
        return URI.create("https://connect.example/session/" + sessions.size());
    }

    @Override
    public ItemSnapshot readItem(CompanyCode company, String itemId) {
        failIfDown();
        return item;
    }

    @Override
    public AccountsRead readAccounts(CompanyCode company, String itemId) {
        failIfDown();
        return new AccountsRead(accounts, rejected);
    }

    @Override
    public List<ProviderCategorySnapshot> readCategories() {
        failIfDown();
        return categories;
    }

    String lastContext() {
        return sessions.get(sessions.size() - 1).context();
    }

    private void failIfDown() {
        if (down) {
            throw new AggregatorFailure(AggregatorFailure.Kind.UNAVAILABLE, "Bridge is not answering; try again in a few minutes");
        }
    }
}
