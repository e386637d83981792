package org.banksync.adapters.plaid.testing;

import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The core's completion as far as the adapter can tell: it records each callback and, for a success,
 * reads the Item and its accounts through the connector as the real use case does before it stores
 * anything (so an adapter failure there surfaces as it would).
 */
public final class RecordingCompletion implements CompleteBankConnectionUseCase {

    public static final BankId BANK = BankId.of(UUID.fromString("01900000-0000-7000-8000-000000000001"));

    private final List<ConnectCallback> callbacks = new CopyOnWriteArrayList<>();
    private final CompanyCode company;
    private BankConnector connector;

    public RecordingCompletion(CompanyCode company) {
        this.company = company;
    }

    public void readThrough(BankConnector value) {
        this.connector = value;
    }

    @Override
    public ConnectOutcome complete(ConnectCallback callback) {
        callbacks.add(callback);
        if (!callback.success()) {
            return new ConnectOutcome.Failed(BANK, callback.step(), "The connection was not completed.", "Connect again.");
        }
        connector.readItem(company, callback.itemId());
        BankConnector.AccountsRead read = connector.readAccounts(company, callback.itemId());
        return new ConnectOutcome.Connected(BANK, ConnectionId.newId(), read.accounts().size(), List.of(), read.rejected());
    }

    public List<ConnectCallback> callbacks() {
        return List.copyOf(callbacks);
    }

    public ConnectCallback last() {
        if (callbacks.isEmpty()) {
            throw new AssertionError("no callback reached the core");
        }
        return callbacks.get(callbacks.size() - 1);
    }

    public void clear() {
        callbacks.clear();
    }
}
