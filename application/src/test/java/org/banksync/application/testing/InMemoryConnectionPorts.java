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

import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.shared.Uuid7;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
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
    public final ProviderAccounts providerAccounts;
    public final Contexts contexts = new Contexts();

    /** Stores that see no bank account links and stamp reads with the system clock. */
    public InMemoryConnectionPorts() {
        this(Clock.systemUTC(), null);
    }

    /** Stores that stamp reads with {@code clock} and see links in {@code bankAccounts}, as the database does. */
    public InMemoryConnectionPorts(Clock clock, BankAccountRepository bankAccounts) {
        this.providerAccounts = new ProviderAccounts(clock, bankAccounts);
    }

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

    /** Provider accounts, replaced per connection while keeping ids of accounts seen before and those still linked. */
    public static final class ProviderAccounts implements ProviderAccountRepository {
        final Map<UUID, ProviderAccount> rows = new LinkedHashMap<>();
        private final Clock clock;
        private final BankAccountRepository bankAccounts;

        ProviderAccounts(Clock clock, BankAccountRepository bankAccounts) {
            this.clock = clock;
            this.bankAccounts = bankAccounts;
        }

        @Override
        public List<ProviderAccount> replaceAll(ConnectionId connectionId, List<ProviderAccountSnapshot> accounts) {
            Instant now = clock.instant();
            Set<String> read = new HashSet<>();
            for (ProviderAccountSnapshot snapshot : accounts) {
                read.add(snapshot.externalId());
                UUID id = findByConnection(connectionId).stream().filter(a -> a.externalId().equals(snapshot.externalId()))
                        .map(ProviderAccount::id).findFirst().orElseGet(Uuid7::next);
                rows.put(id, new ProviderAccount(id, connectionId, snapshot.externalId(), snapshot.name(), snapshot.iban(),
                        snapshot.currency(), snapshot.type(), snapshot.balance(), now));
            }
            rows.values().removeIf(account -> account.connectionId().equals(connectionId)
                    && !read.contains(account.externalId()) && !isLinked(account));
            return findByConnection(connectionId);
        }

        private boolean isLinked(ProviderAccount account) {
            return bankAccounts != null && bankAccounts.findByProviderAccount(
                    new ProviderAccountRef(account.connectionId(), account.externalId())).isPresent();
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
