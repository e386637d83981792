package org.banksync.adapters.persistence.testing;

import org.banksync.adapters.persistence.account.JpaBankAccountRepository;
import org.banksync.adapters.persistence.bank.JpaBankRepository;
import org.banksync.adapters.persistence.category.JpaCategoryRepository;
import org.banksync.adapters.persistence.company.JpaCompanyRepository;
import org.banksync.adapters.persistence.connection.JpaConnectContextRepository;
import org.banksync.adapters.persistence.connection.JpaConnectionRepository;
import org.banksync.adapters.persistence.connection.JpaProviderAccountRepository;
import org.banksync.adapters.persistence.sync.JdbcTransactionStore;
import org.banksync.adapters.persistence.sync.JpaSyncRunQueue;
import org.banksync.adapters.persistence.sync.JpaSyncRunRepository;
import org.banksync.adapters.persistence.transaction.JpaTransactionRepository;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.connection.port.out.ConnectContextRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.sync.port.out.SyncRunQueue;
import org.banksync.application.sync.port.out.SyncRunRepository;
import org.banksync.application.sync.port.out.TransactionStore;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryConnectionPorts;
import org.banksync.application.testing.InMemorySyncPorts;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.testing.MutableClock;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TombstoneReason;

import java.util.Locale;
import java.util.UUID;

/**
 * The ports out that repository contract tests run against, either the application's in-memory ones or the
 * JPA ones on the test PostgreSQL, with helpers that store fresh rows through them. Every helper makes new
 * companies, banks and accounts, so tests never depend on what else the database holds.
 */
public final class Ports {

    public final MutableClock clock;
    public final CompanyRepository companies;
    public final BankRepository banks;
    public final BankAccountRepository accounts;
    public final CategoryRepository categories;
    public final TransactionRepository transactions;
    public final ConnectionRepository connections;
    public final ProviderAccountRepository providerAccounts;
    public final ConnectContextRepository contexts;
    public final SyncRunRepository runs;
    public final SyncRunQueue queue;
    public final TransactionStore store;

    private Ports(MutableClock clock, CompanyRepository companies, BankRepository banks, BankAccountRepository accounts,
            CategoryRepository categories, TransactionRepository transactions, ConnectionRepository connections,
            ProviderAccountRepository providerAccounts, ConnectContextRepository contexts, SyncRunRepository runs,
            SyncRunQueue queue, TransactionStore store) {
        this.clock = clock;
        this.companies = companies;
        this.banks = banks;
        this.accounts = accounts;
        this.categories = categories;
        this.transactions = transactions;
        this.connections = connections;
        this.providerAccounts = providerAccounts;
        this.contexts = contexts;
        this.runs = runs;
        this.queue = queue;
        this.store = store;
    }

    /** The application's in-memory ports. */
    public static Ports inMemory() {
        InMemoryAdapters adapters = new InMemoryAdapters();
        InMemoryConnectionPorts connectionPorts = new InMemoryConnectionPorts(adapters.clock, adapters.accounts);
        InMemorySyncPorts syncPorts = new InMemorySyncPorts(adapters.transactions);
        return new Ports(adapters.clock, adapters.companies, adapters.banks, adapters.accounts, adapters.categories,
                adapters.transactions, connectionPorts.connections, connectionPorts.providerAccounts, connectionPorts.contexts,
                syncPorts.runs, syncPorts.runs, syncPorts.store);
    }

    /** The JPA repositories, each call in its own committed transaction. */
    public static Ports jpa() {
        MutableClock clock = new MutableClock();
        return new Ports(clock,
                TransactionalPort.of(CompanyRepository.class, em -> new JpaCompanyRepository(em, clock)),
                TransactionalPort.of(BankRepository.class, em -> new JpaBankRepository(em, clock)),
                TransactionalPort.of(BankAccountRepository.class, em -> new JpaBankAccountRepository(em, clock)),
                TransactionalPort.of(CategoryRepository.class, em -> new JpaCategoryRepository(em, clock)),
                TransactionalPort.of(TransactionRepository.class, em -> new JpaTransactionRepository(em, clock)),
                TransactionalPort.of(ConnectionRepository.class, em -> new JpaConnectionRepository(em, clock)),
                TransactionalPort.of(ProviderAccountRepository.class, em -> new JpaProviderAccountRepository(em, clock)),
                TransactionalPort.of(ConnectContextRepository.class, JpaConnectContextRepository::new),
                TransactionalPort.of(SyncRunRepository.class, JpaSyncRunRepository::new),
                TransactionalPort.of(SyncRunQueue.class, JpaSyncRunQueue::new),
                TransactionalPort.of(TransactionStore.class, em -> new JdbcTransactionStore(em, clock)));
    }

    public CompanyCode storedCompany() {
        CompanyCode code = CompanyCode.of("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toUpperCase(Locale.ROOT));
        companies.save(new Company(code, "Test company " + code));
        return code;
    }

    public BankId storedBank() {
        Bank bank = Bank.register("Test bank " + UUID.randomUUID(), null, null, null);
        banks.save(bank);
        return bank.id();
    }

    public BankAccount storedAccount(CompanyCode company, BankId bank, String name, Iban iban) {
        BankAccount account = BankAccount.open(company, bank, name, iban, CurrencyCode.EUR, null);
        accounts.save(account);
        return account;
    }

    /** An account of its own company and bank. */
    public BankAccount storedAccount() {
        return storedAccount(storedCompany(), storedBank(), "Compte courant", null);
    }

    /** A live Bridge connection of the company to the bank, on an item of its own, which provider accounts hang from. */
    public ConnectionId storedConnection(BankId bank, CompanyCode company) {
        BankConnection connection = BankConnection.open(bank, company, Provider.BRIDGE, "item-" + UUID.randomUUID());
        connections.save(connection);
        return connection.id();
    }

    public TransactionCategory storedCategory(String name, CategoryId parent) {
        TransactionCategory category = TransactionCategory.createManual(LocalizedName.of(name), parent,
                CashFlowDirection.BOTH);
        categories.save(category);
        return category;
    }

    /** A transaction recorded now (by {@link #clock}) from a source row. */
    public BankTransaction storedTransaction(BankAccount account, SourceTransaction row) {
        BankTransaction transaction = BankTransaction.record(account.id(), row, null, clock);
        transactions.save(transaction);
        return transaction;
    }

    /** The source deleted the transaction: it is tombstoned now (by {@link #clock}) and saved. */
    public BankTransaction deletedAtSource(BankTransaction transaction) {
        transaction.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock);
        transactions.save(transaction);
        return transaction;
    }
}
