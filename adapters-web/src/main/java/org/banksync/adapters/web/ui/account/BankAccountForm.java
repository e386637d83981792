package org.banksync.adapters.web.ui.account;

import org.banksync.application.account.port.in.OpenBankAccountCommand;
import org.banksync.application.account.port.in.UpdateBankAccountCommand;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

import java.io.Serializable;
import java.util.UUID;

/** The add / edit bank account form's fields, and the commands they make. */
public class BankAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String company = CompanyCode.DEFAULT.value();
    private String bankId;
    private String name;
    private String iban;
    private String currency = CurrencyCode.EUR.code();
    private String glAccount;
    private String providerAccountId;

    static BankAccountForm empty() {
        return new BankAccountForm();
    }

    static BankAccountForm of(BankAccount account) {
        BankAccountForm form = new BankAccountForm();
        form.id = account.id().toString();
        form.company = account.company().value();
        form.bankId = account.bankId().toString();
        form.name = account.name();
        form.iban = account.iban() == null ? null : account.iban().formatted();
        form.currency = account.currency().code();
        form.glAccount = account.glAccount();
        return form;
    }

    public boolean isEditing() {
        return id != null;
    }

    BankAccountId accountId() {
        return BankAccountId.parse(id);
    }

    OpenBankAccountCommand toOpen() {
        if (bankId == null || bankId.isBlank()) {
            throw new DomainViolation("bankId", "choose the bank");
        }
        return new OpenBankAccountCommand(CompanyCode.of(company), BankId.parse(bankId), name, iban(),
                CurrencyCode.of(currency), glAccount);
    }

    UpdateBankAccountCommand toUpdate() {
        return new UpdateBankAccountCommand(accountId(), name, iban(), CurrencyCode.of(currency), glAccount);
    }

    /** The provider account chosen in the form, when one was. */
    UUID chosenProviderAccount() {
        return providerAccountId == null || providerAccountId.isBlank() ? null : UUID.fromString(providerAccountId);
    }

    private Iban iban() {
        return iban == null || iban.isBlank() ? null : Iban.of(iban);
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getBankId() {
        return bankId;
    }

    public void setBankId(String bankId) {
        this.bankId = bankId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getGlAccount() {
        return glAccount;
    }

    public void setGlAccount(String glAccount) {
        this.glAccount = glAccount;
    }

    public String getProviderAccountId() {
        return providerAccountId;
    }

    public void setProviderAccountId(String providerAccountId) {
        this.providerAccountId = providerAccountId;
    }
}
