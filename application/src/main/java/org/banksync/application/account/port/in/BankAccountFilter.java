package org.banksync.application.account.port.in;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;

/** Narrows a list of bank accounts; a null criterion does not filter. */
public record BankAccountFilter(CompanyCode company, BankId bankId) {

    public static BankAccountFilter all() {
        return new BankAccountFilter(null, null);
    }
}
