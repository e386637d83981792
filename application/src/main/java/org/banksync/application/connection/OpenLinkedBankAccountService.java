package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.connection.port.in.OpenLinkedBankAccountUseCase;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.shared.DomainViolation;

/** Creates the bank account for an aggregator's account nobody has yet, already linked. */
@UseCase
public class OpenLinkedBankAccountService implements OpenLinkedBankAccountUseCase {

    private BankAccountRepository bankAccounts;
    private ProviderAccountRepository providerAccounts;
    private ConnectionRepository connections;

    protected OpenLinkedBankAccountService() {
    }

    @Inject
    public OpenLinkedBankAccountService(BankAccountRepository bankAccounts, ProviderAccountRepository providerAccounts,
                                        ConnectionRepository connections) {
        this.bankAccounts = bankAccounts;
        this.providerAccounts = providerAccounts;
        this.connections = connections;
    }

    @Override
    public BankAccount open(OpenLinkedCommand command) {
        ProviderAccount source = providerAccounts.findById(command.providerAccountId())
                .orElseThrow(() -> new DomainViolation("providerAccountId", "there is no provider account " + command.providerAccountId()));
        BankConnection connection = connections.findById(source.connectionId())
                .orElseThrow(() -> new DomainViolation("providerAccountId", "the provider account's connection is gone"));
        ProviderAccountRef ref = new ProviderAccountRef(connection.id(), source.externalId());
        bankAccounts.findByProviderAccount(ref).ifPresent(existing -> {
            throw new Conflict("that provider account is already linked to bank account " + existing.id());
        });
        if (source.iban() != null) {
            bankAccounts.findByIban(connection.company(), source.iban()).ifPresent(existing -> {
                throw new Conflict("bank account " + existing.id() + " already has IBAN " + source.iban().value()
                        + "; link it instead");
            });
        }
        if (source.currency() == null) {
            throw new DomainViolation("providerAccountId", "the aggregator gave no currency for this account");
        }
        String name = command.name() == null || command.name().isBlank() ? source.name() : command.name();
        BankAccount account = BankAccount.open(connection.company(), connection.bankId(), name, source.iban(),
                source.currency(), command.glAccount());
        account.linkTo(ref);
        bankAccounts.save(account);
        return account;
    }
}
