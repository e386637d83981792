package org.banksync.application.account.port.in;

import org.banksync.domain.account.BankAccount;

/** Adds a company's account at a bank, ready to be linked and synchronised. */
public interface OpenBankAccountUseCase {

    /**
     * @throws org.banksync.domain.shared.DomainViolation on {@code company} or {@code bankId} when either is
     *         unknown, on {@code iban} when another account of the company has that IBAN
     */
    BankAccount open(OpenBankAccountCommand command);
}
