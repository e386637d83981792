package org.banksync.application.sync;

import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.banksync.application.sync.port.out.DailyClaims;
import org.banksync.application.sync.port.out.WebhookEvents;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryConnectionPorts;
import org.banksync.application.testing.InMemorySyncPorts;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncTrigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleAndEventsTest {

    private final InMemoryAdapters core = new InMemoryAdapters();
    private final InMemoryConnectionPorts connectionPorts = new InMemoryConnectionPorts();
    private final InMemorySyncPorts syncPorts = new InMemorySyncPorts(core.transactions);
    private final Set<String> claimed = new HashSet<>();
    private final DailyClaims claims = (job, day, owner, now) -> claimed.add(job + "@" + day);
    private final Set<String> seen = new HashSet<>();
    private final WebhookEvents events = (provider, digest, type, now) -> seen.add(provider + ":" + digest);

    private final ScheduleDailySyncService schedule = new ScheduleDailySyncService(claims, core.accounts, syncPorts.runs, core.clock);
    private final HandleProviderEventService handler = new HandleProviderEventService(events, connectionPorts.connections,
            core.accounts, syncPorts.runs, core.clock);

    private final BankConnection connection;
    private final BankAccount synced;

    ScheduleAndEventsTest() {
        synced = core.storedAccount(CompanyCode.DEFAULT, "Compte courant", null);
        connection = BankConnection.open(synced.bankId(), CompanyCode.DEFAULT, Provider.BRIDGE, "4568565");
        connectionPorts.connections.save(connection);
        synced.linkTo(new ProviderAccountRef(connection.id(), "48178048"));
        synced.startSyncFrom(LocalDate.of(2026, 1, 1));
        core.accounts.save(synced);
        core.storedAccount(CompanyCode.DEFAULT, "Caisse", null);
    }

    @Test
    @DisplayName("the daily schedule queues one run per linked, synchronised account, and only for the first instance to claim the day")
    void dailyScheduleRunsOncePerDay() {
        LocalDate day = LocalDate.of(2026, 11, 27);

        int first = schedule.scheduleDay(day, "instance-a");
        int second = schedule.scheduleDay(day, "instance-b");

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        SyncRun run = syncPorts.runs.findActive(synced.id()).orElseThrow();
        assertThat(run.trigger()).isEqualTo(SyncTrigger.SCHEDULE);
        assertThat(run.since()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    @DisplayName("item.account.updated queues a WEBHOOK run for the linked account, once however often it is delivered")
    void accountUpdatedQueuesOnce() {
        var event = new ProviderEvent.AccountUpdated(Provider.BRIDGE, "digest-1", "4568565", "48178048");

        String first = handler.handle(event);
        String redelivered = handler.handle(event);

        assertThat(first).startsWith("queued run");
        assertThat(redelivered).isEqualTo("already handled");
        assertThat(syncPorts.runs.findActive(synced.id()).orElseThrow().trigger()).isEqualTo(SyncTrigger.WEBHOOK);
    }

    @Test
    @DisplayName("item.refreshed updates the connection's state and consent expiry; item.deleted disconnects it")
    void itemEventsFollowTheConnection() {
        Instant expiry = Instant.parse("2027-05-01T00:00:00Z");
        handler.handle(new ProviderEvent.ItemRefreshed(Provider.BRIDGE, "d-2", "4568565", ConnectionState.CONSENT_EXPIRED,
                "otp_required", expiry, Instant.parse("2026-11-26T03:00:00Z")));
        BankConnection refreshed = connectionPorts.connections.findById(connection.id()).orElseThrow();
        assertThat(refreshed.state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(refreshed.consentExpiresAt()).isEqualTo(expiry);

        handler.handle(new ProviderEvent.ItemDeleted(Provider.BRIDGE, "d-3", "4568565"));
        assertThat(connectionPorts.connections.findById(connection.id()).orElseThrow().state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    @DisplayName("an event about an unknown item is acknowledged and changes nothing")
    void unknownItemChangesNothing() {
        assertThat(handler.handle(new ProviderEvent.AccountUpdated(Provider.BRIDGE, "d-4", "999", "1"))).contains("no connection");
        assertThat(syncPorts.runs.findActive(synced.id())).isEmpty();
    }
}
