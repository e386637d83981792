package org.banksync.application.account.port.in;

import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.shared.Require;

/** A bank account's new editable settings, all of them (a null IBAN or GL account clears it). */
public record UpdateBankAccountCommand(BankAccountId id, String name, Iban iban, CurrencyCode currency,
        String glAccount) {

    public UpdateBankAccountCommand {
        Require.present(id, "id");
        name = Require.text(name, "name", BankAccount.NAME_MAX_LENGTH);
        Require.present(currency, "currency");
        glAccount = Require.optionalText(glAccount, "glAccount", BankAccount.GL_ACCOUNT_MAX_LENGTH);
    }
}
