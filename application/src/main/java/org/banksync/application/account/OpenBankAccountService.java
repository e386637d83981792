package org.banksync.application.account;

import jakarta.inject.Inject;
import org.banksync.application.account.port.in.OpenBankAccountCommand;
import org.banksync.application.account.port.in.OpenBankAccountUseCase;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.shared.DomainViolation;

/** Opens a bank account for an existing company at an existing bank, with an IBAN no other account of the company has. */
@UseCase
public class OpenBankAccountService implements OpenBankAccountUseCase {

    private BankAccountRepository accounts;
    private BankRepository banks;
    private CompanyRepository companies;

    protected OpenBankAccountService() {
        // for the CDI proxy
    }

    @Inject
    public OpenBankAccountService(BankAccountRepository accounts, BankRepository banks, CompanyRepository companies) {
        this.accounts = accounts;
        this.banks = banks;
        this.companies = companies;
    }

    @Override
    public BankAccount open(OpenBankAccountCommand command) {
        if (!companies.exists(command.company())) {
            throw new DomainViolation("company", command.company().isDefault()
                    ? "the default company " + command.company() + " does not exist"
                    : "there is no company " + command.company());
        }
        if (!banks.exists(command.bankId())) {
            throw new DomainViolation("bankId", "there is no bank " + command.bankId());
        }
        AccountRules.requireIbanFree(accounts, command.company(), command.iban(), null);
        BankAccount account = BankAccount.open(command.company(), command.bankId(), command.name(), command.iban(),
                command.currency(), command.glAccount());
        accounts.save(account);
        return account;
    }
}
