package org.banksync.application.bank.port.in;

import org.banksync.domain.bank.BankId;

/** Removes a bank no account or connection uses any more. */
public interface DeleteBankUseCase {

    /**
     * @throws org.banksync.application.shared.NotFound when there is no such bank
     * @throws org.banksync.application.shared.Conflict while bank accounts or connections still refer to it
     */
    void delete(BankId id);
}
