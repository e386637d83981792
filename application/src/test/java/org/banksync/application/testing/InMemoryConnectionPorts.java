package org.banksync.application.testing;

import org.banksync.application.connection.ConnectContext;
import org.banksync.application.connection.ProviderAccount;
import org.banksync.application.connection.port.out.ConnectContextRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** In-memory stand-ins for the connection feature's stores, with the same rules as the database. */
public final class InMemoryConnectionPorts {

    public final Connections connections = new Connections();
    public final ProviderAccounts providerAccounts = new ProviderAccounts();
    public final Contexts contexts = new Contexts();

    /** Connections by id. */
    public static final class Connections implements ConnectionRepository {
        final Map<ConnectionId, BankConnection> rows = new LinkedHashMap<>();

        @Override
        public Optional<BankConnection> findById(ConnectionId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<BankConnection> findLive(BankId bankId, CompanyCode company) {
            return rows.values().stream().filter(c -> c.bankId().equals(bankId) && c.company().equals(company) && c.isLive()).findFirst();
        }

        @Override
        public Optional<BankConnection> findByItem(Provider provider, String externalItemId) {
            return rows.values().stream().filter(c -> c.provider() == provider && Objects.equals(c.externalItemId(), externalItemId)).findFirst();
        }

        @Override
        public List<BankConnection> findByBank(BankId bankId) {
            return rows.values().stream().filter(c -> c.bankId().equals(bankId)).toList();
        }

        @Override
        public List<BankConnection> findAll() {
            return List.copyOf(rows.values());
        }

        @Override
        public void save(BankConnection connection) {
            rows.put(connection.id(), connection);
        }
    }

    /** Provider accounts, replaced per connection while keeping ids of accounts seen before. */
    public static final class ProviderAccounts implements ProviderAccountRepository {
        final Map<UUID, ProviderAccount> rows = new LinkedHashMap<>();

        @Override
        public List<ProviderAccount> replaceAll(ConnectionId connectionId, List<ProviderAccountSnapshot> accounts) {
            List<ProviderAccount> stored = new ArrayList<>();
            for (ProviderAccountSnapshot snapshot : accounts) {
                UUID id = rows.values().stream()
                        .filter(a -> a.connectionId().equals(connectionId) && a.externalId().equals(snapshot.externalId()))
                        .map(ProviderAccount::id).findFirst().orElseGet(UUID::randomUUID);
                ProviderAccount account = new ProviderAccount(id, connectionId, snapshot.externalId(), snapshot.name(),
                        snapshot.iban(), snapshot.currency(), snapshot.type(), snapshot.balance(), Instant.EPOCH);
                rows.put(id, account);
                stored.add(account);
            }
            return stored;
        }

        @Override
        public List<ProviderAccount> findByConnection(ConnectionId connectionId) {
            return rows.values().stream().filter(a -> a.connectionId().equals(connectionId)).toList();
        }

        @Override
        public Optional<ProviderAccount> findById(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }
    }

    /** Contexts by hash, with their use. */
    public static final class Contexts implements ConnectContextRepository {
        final Map<String, ConnectContext> rows = new LinkedHashMap<>();
        final Map<String, Instant> used = new LinkedHashMap<>();

        @Override
        public void save(ConnectContext context) {
            rows.put(context.tokenHash(), context);
        }

        @Override
        public Optional<ConnectContext> findUsable(String tokenHash, Instant now) {
            return Optional.ofNullable(rows.get(tokenHash))
                    .filter(context -> !used.containsKey(tokenHash) && context.expiresAt().isAfter(now));
        }

        @Override
        public Optional<ConnectContext> consume(String tokenHash, Instant now) {
            Optional<ConnectContext> usable = findUsable(tokenHash, now);
            usable.ifPresent(context -> used.put(tokenHash, now));
            return usable;
        }

        public int count() {
            return rows.size();
        }
    }
}
