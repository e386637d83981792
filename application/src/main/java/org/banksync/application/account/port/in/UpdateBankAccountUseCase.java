package org.banksync.application.account.port.in;

import org.banksync.domain.account.BankAccount;

/** Corrects a bank account's name, IBAN, currency or GL account. */
public interface UpdateBankAccountUseCase {

    /**
     * @throws org.banksync.application.shared.NotFound when there is no such account
     * @throws org.banksync.domain.shared.DomainViolation on {@code iban} when another account of the company has it
     */
    BankAccount update(UpdateBankAccountCommand command);
}
