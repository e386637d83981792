package org.banksync.application.sync;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.application.sync.port.out.WebhookEvents;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;

import java.time.Clock;
import java.util.Optional;

/** Acts on verified aggregator events, each once. */
@UseCase
public class HandleProviderEventService implements HandleProviderEventUseCase {

    private WebhookEvents events;
    private ConnectionRepository connections;
    private BankAccountRepository accounts;
    private SyncRunRepository runs;
    private Clock clock;

    protected HandleProviderEventService() {
    }

    @Inject
    public HandleProviderEventService(WebhookEvents events, ConnectionRepository connections, BankAccountRepository accounts,
                                      SyncRunRepository runs, Clock clock) {
        this.events = events;
        this.connections = connections;
        this.accounts = accounts;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public String handle(ProviderEvent event) {
        String type = event.getClass().getSimpleName();
        if (!events.firstSeen(event.provider().wireName(), event.digest(), type, clock.instant())) {
            return "already handled";
        }
        return switch (event) {
            case ProviderEvent.AccountUpdated updated -> accountUpdated(updated);
            case ProviderEvent.ItemRefreshed refreshed -> itemRefreshed(refreshed);
            case ProviderEvent.ItemDeleted deleted -> itemDeleted(deleted);
            case ProviderEvent.Other other -> "ignored " + other.type();
        };
    }

    private String accountUpdated(ProviderEvent.AccountUpdated event) {
        Optional<BankConnection> connection = connections.findByItem(event.provider(), event.itemId());
        if (connection.isEmpty()) {
            return "no connection for item " + event.itemId();
        }
        Optional<BankAccount> account = accounts.findByProviderAccount(
                new ProviderAccountRef(connection.get().id(), event.externalAccountId()));
        if (account.isEmpty() || account.get().syncStartDate() == null) {
            return "account " + event.externalAccountId() + " is not linked or never synchronised";
        }
        SyncRun run = SyncRun.queue(account.get().id(), SyncTrigger.WEBHOOK, account.get().syncStartDate(), clock);
        SyncRun active = runs.enqueue(run);
        return active.id().equals(run.id()) ? "queued run " + run.id() : "run " + active.id() + " already active";
    }

    private String itemRefreshed(ProviderEvent.ItemRefreshed event) {
        return connections.findByItem(event.provider(), event.itemId()).map(connection -> {
            connection.updateState(event.state(), event.stateDetail(), event.consentExpiresAt(), event.refreshedAt());
            connections.save(connection);
            return "connection " + connection.id() + " is " + event.state();
        }).orElse("no connection for item " + event.itemId());
    }

    private String itemDeleted(ProviderEvent.ItemDeleted event) {
        return connections.findByItem(event.provider(), event.itemId()).map(connection -> {
            connection.disconnect();
            connections.save(connection);
            return "connection " + connection.id() + " disconnected";
        }).orElse("no connection for item " + event.itemId());
    }
}
