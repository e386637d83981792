package org.banksync.application.bank.port.in;

import org.banksync.domain.bank.Bank;

/** Corrects a bank's name, BIC, website or logo. */
public interface UpdateBankUseCase {

    /** @throws org.banksync.application.shared.NotFound when there is no such bank */
    Bank update(UpdateBankCommand command);
}
