package org.banksync.application.bank.port.in;

import org.banksync.domain.bank.Bank;

/** Adds a bank that companies can then connect to and open accounts at. */
public interface RegisterBankUseCase {

    Bank register(RegisterBankCommand command);
}
