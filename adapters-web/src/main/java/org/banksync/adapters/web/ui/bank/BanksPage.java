package org.banksync.adapters.web.ui.bank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.application.bank.port.in.FindBanksQuery;
import org.banksync.application.bank.port.in.RegisterBankCommand;
import org.banksync.application.bank.port.in.RegisterBankUseCase;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.WebAddress;

import java.io.Serializable;
import java.util.List;

/** Backs the Banks screen: the list of banks and the form that adds one. */
@Named
@ViewScoped
public class BanksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindBanksQuery find;
    private RegisterBankUseCase register;

    private List<BankRow> banks;
    private String name;
    private String bic;
    private String website;

    protected BanksPage() {
    }

    @Inject
    public BanksPage(FindBanksQuery find, RegisterBankUseCase register) {
        this.find = find;
        this.register = register;
    }

    public List<BankRow> getBanks() {
        if (banks == null) {
            banks = find.list(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(BankRow::of).toList();
        }
        return banks;
    }

    public void add() {
        try {
            Bank bank = register.register(new RegisterBankCommand(name,
                    bic == null || bic.isBlank() ? null : Bic.of(bic), WebAddress.parse(website, "website"), null));
            FacesMessages.info("banks.added", bank.name());
            name = null;
            bic = null;
            website = null;
            banks = null;
        } catch (DomainViolation violation) {
            FacesMessages.error("addBank:" + violation.field(), violation.getMessage());
        }
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

    /** One line of the list. */
    public record BankRow(String id, String name, String bic, String website) implements Serializable {
        static BankRow of(Bank bank) {
            return new BankRow(bank.id().toString(), bank.name(), bank.bic() == null ? "" : bank.bic().value(),
                    bank.website() == null ? "" : bank.website().toString());
        }
    }
}
