package org.banksync.application.account.port.in;

import org.banksync.domain.account.BankAccount;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.shared.Require;

/** A new bank account; without a company it goes to the default one; IBAN and GL account are optional. */
public record OpenBankAccountCommand(CompanyCode company, BankId bankId, String name, Iban iban,
        CurrencyCode currency, String glAccount) {

    public OpenBankAccountCommand {
        company = company == null ? CompanyCode.DEFAULT : company;
        Require.present(bankId, "bankId");
        name = Require.text(name, "name", BankAccount.NAME_MAX_LENGTH);
        Require.present(currency, "currency");
        glAccount = Require.optionalText(glAccount, "glAccount", BankAccount.GL_ACCOUNT_MAX_LENGTH);
    }
}
