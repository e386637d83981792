package org.banksync.application.account;

import jakarta.inject.Inject;
import org.banksync.application.account.port.in.CloseBankAccountUseCase;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.account.BankAccountId;

/** Deletes a bank account without transactions; one with transactions is kept, they are accounting records. */
@UseCase
public class CloseBankAccountService implements CloseBankAccountUseCase {

    private BankAccountRepository accounts;
    private TransactionRepository transactions;

    protected CloseBankAccountService() {
        // for the CDI proxy
    }

    @Inject
    public CloseBankAccountService(BankAccountRepository accounts, TransactionRepository transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void close(BankAccountId id) {
        if (accounts.findById(id).isEmpty()) {
            throw new NotFound("bank account", id);
        }
        if (transactions.existsForAccount(id)) {
            throw new Conflict("bank account " + id + " holds transactions; they are kept as accounting records");
        }
        accounts.delete(id);
    }
}
