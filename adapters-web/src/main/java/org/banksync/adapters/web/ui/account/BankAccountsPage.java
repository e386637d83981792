package org.banksync.adapters.web.ui.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.DisplayClock;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.adapters.web.ui.Option;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.CloseBankAccountUseCase;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.account.port.in.OpenBankAccountUseCase;
import org.banksync.application.account.port.in.UpdateBankAccountUseCase;
import org.banksync.application.bank.port.in.FindBanksQuery;
import org.banksync.application.company.port.in.FindCompaniesQuery;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.connection.port.in.LinkProviderAccountUseCase;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Backs the Bank accounts screen: the accounts with their link and sync times, and adding, editing, closing one. */
@Named
@ViewScoped
public class BankAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindBankAccountsQuery find;
    private FindBanksQuery banks;
    private FindCompaniesQuery companies;
    private FindConnectionsQuery connections;
    private OpenBankAccountUseCase open;
    private UpdateBankAccountUseCase update;
    private CloseBankAccountUseCase close;
    private LinkProviderAccountUseCase link;
    private DisplayClock clock;

    private List<BankAccountRow> accounts;
    private List<Option> bankOptions;
    private List<Option> companyOptions;
    private BankAccountForm form = BankAccountForm.empty();
    private List<Option> providerChoices = List.of();

    protected BankAccountsPage() {
    }

    @Inject
    public BankAccountsPage(FindBankAccountsQuery find, FindBanksQuery banks, FindCompaniesQuery companies,
                            FindConnectionsQuery connections, OpenBankAccountUseCase open, UpdateBankAccountUseCase update,
                            CloseBankAccountUseCase close, LinkProviderAccountUseCase link, DisplayClock clock) {
        this.find = find;
        this.banks = banks;
        this.companies = companies;
        this.connections = connections;
        this.open = open;
        this.update = update;
        this.close = close;
        this.link = link;
        this.clock = clock;
    }

    public List<BankAccountRow> getAccounts() {
        if (accounts == null) {
            Map<String, String> bankNames = getBanks().stream().collect(Collectors.toMap(Option::value, Option::label));
            Map<String, String> companyNames = getCompanies().stream().collect(Collectors.toMap(Option::value, Option::label));
            ProviderAccountLabels providers = ProviderAccountLabels.read(connections);
            accounts = find.list(BankAccountFilter.all(), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                    .map(account -> new BankAccountRow(account.id().toString(), account.name(),
                            companyNames.getOrDefault(account.company().value(), account.company().value()),
                            bankNames.getOrDefault(account.bankId().toString(), ""),
                            account.iban() == null ? "" : account.iban().formatted(), account.currency().code(),
                            account.glAccount(), account.isLinked(), providers.labelOf(account.providerAccount()),
                            account.syncStartDate(),
                            clock.local(account.lastSuccessfulSyncAt()), account.isLinked() ? clock.nextDailySync() : null))
                    .toList();
        }
        return accounts;
    }

    public List<Option> getBanks() {
        if (bankOptions == null) {
            bankOptions = banks.list(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                    .map(bank -> new Option(bank.id().toString(), bank.name())).toList();
        }
        return bankOptions;
    }

    public List<Option> getCompanies() {
        if (companyOptions == null) {
            companyOptions = companies.list(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                    .map(company -> new Option(company.code().value(), company.name())).toList();
        }
        return companyOptions;
    }

    public void startAdding() {
        form = BankAccountForm.empty();
        providerChoices = List.of();
    }

    public void startEditing(String id) {
        try {
            BankAccount account = find.get(BankAccountId.parse(id));
            form = BankAccountForm.of(account);
            List<Option> choices = new ArrayList<>();
            ProviderAccountLabels providers = ProviderAccountLabels.read(connections);
            choices.add(new Option("", account.isLinked() ? providers.labelOf(account.providerAccount())
                    : FacesMessages.text("accounts.notLinked")));
            providers.freeAt(account.bankId(), account.company())
                    .forEach(free -> choices.add(new Option(free.id(), free.label())));
            providerChoices = choices;
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
            accounts = null;
        }
    }

    public void save() {
        try {
            BankAccount saved = form.isEditing() ? update.update(form.toUpdate()) : open.open(form.toOpen());
            UUID chosen = form.chosenProviderAccount();
            if (chosen != null) {
                link.link(new LinkProviderAccountUseCase.LinkCommand(saved.id(), chosen));
            }
            FacesMessages.info(form.isEditing() ? "accounts.updated" : "accounts.added", saved.name());
            form = BankAccountForm.empty();
            accounts = null;
            bankOptions = null;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (DomainViolation violation) {
            FacesMessages.violation("accountForm", violation);
        } catch (Conflict | NotFound refused) {
            FacesMessages.error(null, refused.getMessage());
        }
    }

    public void close(String id) {
        try {
            BankAccount account = find.get(BankAccountId.parse(id));
            close.close(account.id());
            FacesMessages.info("accounts.closed", account.name());
        } catch (Conflict holdsTransactions) {
            FacesMessages.error(null, FacesMessages.text("accounts.closeRefused"));
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
        }
        accounts = null;
    }

    public BankAccountForm getForm() {
        return form;
    }

    public List<Option> getProviderChoices() {
        return providerChoices;
    }
}
