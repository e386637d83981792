package org.banksync.adapters.web.ui.bank;

import org.banksync.application.bank.port.in.RegisterBankCommand;
import org.banksync.application.bank.port.in.UpdateBankCommand;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.WebAddress;

import java.io.Serializable;

/** The add / edit bank form's fields, and the commands they make. */
public class BankForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String name;
    private String bic;
    private String website;

    static BankForm empty() {
        return new BankForm();
    }

    static BankForm of(Bank bank) {
        BankForm form = new BankForm();
        form.id = bank.id().toString();
        form.name = bank.name();
        form.bic = bank.bic() == null ? null : bank.bic().value();
        form.website = bank.website() == null ? null : bank.website().toString();
        return form;
    }

    public boolean isEditing() {
        return id != null;
    }

    BankId bankId() {
        return BankId.parse(id);
    }

    RegisterBankCommand toRegister() {
        return new RegisterBankCommand(name, bic(), WebAddress.parse(website, "website"), null);
    }

    /** An edit keeps the logo the bank had: the form does not show it. */
    UpdateBankCommand toUpdate(Bank current) {
        return new UpdateBankCommand(bankId(), name, bic(), WebAddress.parse(website, "website"), current.logoUrl());
    }

    private Bic bic() {
        return bic == null || bic.isBlank() ? null : Bic.of(bic);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
