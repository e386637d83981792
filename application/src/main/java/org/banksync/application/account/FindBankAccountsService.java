package org.banksync.application.account;

import jakarta.inject.Inject;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;

/** Reads bank accounts. */
@UseCase
public class FindBankAccountsService implements FindBankAccountsQuery {

    private BankAccountRepository accounts;

    protected FindBankAccountsService() {
        // for the CDI proxy
    }

    @Inject
    public FindBankAccountsService(BankAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Page<BankAccount> list(BankAccountFilter filter, PageRequest page) {
        return accounts.findPage(filter == null ? BankAccountFilter.all() : filter, page);
    }

    @Override
    public BankAccount get(BankAccountId id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("bank account", id));
    }
}
