package org.banksync.adapters.web.ui.bank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.DisplayClock;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.application.bank.port.in.DeleteBankUseCase;
import org.banksync.application.bank.port.in.FindBanksQuery;
import org.banksync.application.bank.port.in.RegisterBankUseCase;
import org.banksync.application.bank.port.in.UpdateBankUseCase;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.shared.DomainViolation;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Backs the Banks screen: the banks with their connection at a glance, and adding, editing, deleting one. */
@Named
@ViewScoped
public class BanksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindBanksQuery find;
    private FindConnectionsQuery connections;
    private RegisterBankUseCase register;
    private UpdateBankUseCase update;
    private DeleteBankUseCase delete;
    private DisplayClock clock;

    private List<BankRow> banks;
    private BankForm form = BankForm.empty();

    protected BanksPage() {
    }

    @Inject
    public BanksPage(FindBanksQuery find, FindConnectionsQuery connections, RegisterBankUseCase register,
                     UpdateBankUseCase update, DeleteBankUseCase delete, DisplayClock clock) {
        this.find = find;
        this.connections = connections;
        this.register = register;
        this.update = update;
        this.delete = delete;
        this.clock = clock;
    }

    public List<BankRow> getBanks() {
        if (banks == null) {
            Map<BankId, List<BankConnection>> byBank = connections.list().stream()
                    .collect(Collectors.groupingBy(BankConnection::bankId));
            banks = find.list(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                    .map(bank -> BankRow.of(bank, ConnectionGlance.of(byBank.getOrDefault(bank.id(), List.of()),
                            clock.clock(), clock.zone())))
                    .toList();
        }
        return banks;
    }

    public void startAdding() {
        form = BankForm.empty();
    }

    public void startEditing(String id) {
        try {
            form = BankForm.of(find.get(BankId.parse(id)));
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
            banks = null;
        }
    }

    public void save() {
        try {
            Bank saved = form.isEditing() ? update.update(form.toUpdate(find.get(form.bankId()))) : register.register(form.toRegister());
            FacesMessages.info(form.isEditing() ? "banks.updated" : "banks.added", saved.name());
            form = BankForm.empty();
            banks = null;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (DomainViolation violation) {
            FacesMessages.violation("bankForm", violation);
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
        }
    }

    public void delete(String id) {
        try {
            Bank bank = find.get(BankId.parse(id));
            delete.delete(bank.id());
            FacesMessages.info("banks.deleted", bank.name());
        } catch (Conflict inUse) {
            FacesMessages.error(null, FacesMessages.text("banks.deleteRefused"));
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
        }
        banks = null;
    }

    public BankForm getForm() {
        return form;
    }
}
