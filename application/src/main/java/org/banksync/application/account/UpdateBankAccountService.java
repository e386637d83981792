package org.banksync.application.account;

import jakarta.inject.Inject;
import org.banksync.application.account.port.in.UpdateBankAccountCommand;
import org.banksync.application.account.port.in.UpdateBankAccountUseCase;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;

/** Updates a bank account, keeping its IBAN unique within the company. */
@UseCase
public class UpdateBankAccountService implements UpdateBankAccountUseCase {

    private BankAccountRepository accounts;

    protected UpdateBankAccountService() {
        // for the CDI proxy
    }

    @Inject
    public UpdateBankAccountService(BankAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public BankAccount update(UpdateBankAccountCommand command) {
        BankAccount account = accounts.findById(command.id())
                .orElseThrow(() -> new NotFound("bank account", command.id()));
        AccountRules.requireIbanFree(accounts, account.company(), command.iban(), account.id());
        account.update(command.name(), command.iban(), command.currency(), command.glAccount());
        accounts.save(account);
        return account;
    }
}
