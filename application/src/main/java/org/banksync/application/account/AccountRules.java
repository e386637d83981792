package org.banksync.application.account;

import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

/** Rules on bank accounts that need the other accounts to check. */
final class AccountRules {

    private AccountRules() {
    }

    /** An IBAN appears on at most one bank account of a company; {@code self} is the account being edited, if any. */
    static void requireIbanFree(BankAccountRepository accounts, CompanyCode company, Iban iban, BankAccountId self) {
        if (iban == null) {
            return;
        }
        accounts.findByIban(company, iban)
                .filter(holder -> !holder.id().equals(self))
                .ifPresent(holder -> {
                    throw new DomainViolation("iban", "IBAN " + iban.formatted() + " is already on bank account '"
                            + holder.name() + "' (" + holder.id() + ") of company " + company);
                });
    }
}
