package org.banksync.application.account.port.in;

import org.banksync.domain.account.BankAccountId;

/** Deletes a bank account that holds no transactions (one opened by mistake). */
public interface CloseBankAccountUseCase {

    /**
     * @throws org.banksync.application.shared.NotFound when there is no such account
     * @throws org.banksync.application.shared.Conflict when it holds transactions: they are accounting records
     */
    void close(BankAccountId id);
}
