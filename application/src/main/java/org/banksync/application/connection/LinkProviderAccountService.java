package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.connection.port.in.LinkProviderAccountUseCase;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.shared.DomainViolation;

/** Links a bank account to an aggregator's account of the same bank and company, after checking they are the same account. */
@UseCase
public class LinkProviderAccountService implements LinkProviderAccountUseCase {

    private BankAccountRepository bankAccounts;
    private ProviderAccountRepository providerAccounts;
    private ConnectionRepository connections;

    protected LinkProviderAccountService() {
    }

    @Inject
    public LinkProviderAccountService(BankAccountRepository bankAccounts, ProviderAccountRepository providerAccounts,
                                      ConnectionRepository connections) {
        this.bankAccounts = bankAccounts;
        this.providerAccounts = providerAccounts;
        this.connections = connections;
    }

    @Override
    public BankAccount link(LinkCommand command) {
        BankAccount account = bankAccounts.findById(command.bankAccountId())
                .orElseThrow(() -> new NotFound("bank account", command.bankAccountId()));
        ProviderAccount target = providerAccounts.findById(command.providerAccountId())
                .orElseThrow(() -> new DomainViolation("providerAccountId", "there is no provider account " + command.providerAccountId()));
        BankConnection connection = connections.findById(target.connectionId())
                .orElseThrow(() -> new DomainViolation("providerAccountId", "the provider account's connection is gone"));
        check(account, target, connection);
        ProviderAccountRef ref = new ProviderAccountRef(connection.id(), target.externalId());
        bankAccounts.findByProviderAccount(ref)
                .filter(other -> !other.id().equals(account.id()))
                .ifPresent(other -> {
                    throw new Conflict("that provider account is already linked to bank account " + other.id());
                });
        account.linkTo(ref);
        bankAccounts.save(account);
        return account;
    }

    static void check(BankAccount account, ProviderAccount target, BankConnection connection) {
        if (!connection.bankId().equals(account.bankId()) || !connection.company().equals(account.company())) {
            throw new DomainViolation("providerAccountId", "the provider account belongs to another bank or company");
        }
        if (account.iban() != null && target.iban() != null && !account.iban().equals(target.iban())) {
            throw new DomainViolation("providerAccountId", "the provider account's IBAN " + target.iban().value()
                    + " is not the bank account's " + account.iban().value());
        }
        if (target.currency() != null && !target.currency().equals(account.currency())) {
            throw new DomainViolation("providerAccountId", "the provider account is in " + target.currency().code()
                    + ", the bank account in " + account.currency().code());
        }
    }
}
