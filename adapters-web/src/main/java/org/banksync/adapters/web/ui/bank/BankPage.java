package org.banksync.adapters.web.ui.bank;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.adapters.web.ui.Option;
import org.banksync.adapters.web.ui.user.CurrentUser;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.bank.port.in.FindBanksQuery;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.connection.port.in.LinkProviderAccountUseCase;
import org.banksync.application.connection.port.in.OpenLinkedBankAccountUseCase;
import org.banksync.application.connection.port.in.ReconnectBankUseCase;
import org.banksync.application.connection.port.in.StartBankConnectionUseCase;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Backs a bank's page: its connection at a glance, "Connect your bank" / "Reconnect", the outcome
 * of the hosted flow, and the aggregator's accounts to link or to open as bank accounts.
 */
@Named
@ViewScoped
public class BankPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindBanksQuery banks;
    private FindConnectionsQuery connections;
    private FindBankAccountsQuery bankAccounts;
    private StartBankConnectionUseCase start;
    private ReconnectBankUseCase reconnect;
    private LinkProviderAccountUseCase link;
    private OpenLinkedBankAccountUseCase openLinked;
    private CurrentUser currentUser;
    private Clock clock;

    private String id;
    private String name;
    private String bic;
    private List<ConnectionRow> connectionRows;
    private final Map<String, String> linkChoice = new HashMap<>();

    private ProviderChoices providerChoices;
    private String provider;

    protected BankPage() {
    }

    @Inject
    public BankPage(FindBanksQuery banks, FindConnectionsQuery connections, FindBankAccountsQuery bankAccounts,
                    StartBankConnectionUseCase start, ReconnectBankUseCase reconnect, LinkProviderAccountUseCase link,
                    OpenLinkedBankAccountUseCase openLinked, CurrentUser currentUser, Clock clock, ProviderChoices providerChoices) {
        this.providerChoices = providerChoices;
        this.banks = banks;
        this.connections = connections;
        this.bankAccounts = bankAccounts;
        this.start = start;
        this.reconnect = reconnect;
        this.link = link;
        this.openLinked = openLinked;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Called by f:viewAction: loads the bank, or answers 404 for an unknown one. */
    public void load() throws IOException {
        try {
            Bank bank = banks.get(BankId.parse(id));
            name = bank.name();
            bic = bank.bic() == null ? null : bank.bic().value();
            refresh();
        } catch (DomainViolation | NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "There is no such bank.");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        List<BankAccount> accountsOfBank = bankAccounts.list(new BankAccountFilter(null, bankId()),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        connectionRows = connections.listByBank(bankId()).stream()
                .map(connection -> ConnectionRow.of(connection, connections.providerAccounts(connection.id()), accountsOfBank,
                        clock, ConnectionGlance.CONSENT_WARNING))
                .toList();
    }

    /** "Connect your bank": administrators only (the button is not even shown to others). */
    public void connect() {
        if (!currentUser.mayAdminister("connect a bank")) {
            return;
        }
        try {
            Provider chosen = provider == null || provider.isBlank() ? null : Provider.fromWireName(provider);
            var started = start.start(new StartBankConnectionUseCase.StartConnectionCommand(bankId(), null, chosen, username()));
            redirect(started.connectUrl().toString());
        } catch (Conflict | DomainViolation | AggregatorFailure e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    /** The aggregators offered, as choices; the first one is chosen unless the user picks another. */
    public List<Option> getProviderOptions() {
        return providerChoices.configured().stream()
                .map(p -> new Option(p.wireName(), FacesMessages.text("provider." + p.wireName()))).toList();
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    /** "Reconnect": administrators only, like connecting. */
    public void reconnect(String connectionId) {
        if (!currentUser.mayAdminister("reconnect a bank")) {
            return;
        }
        try {
            var started = reconnect.reconnect(new ReconnectBankUseCase.ReconnectCommand(
                    ConnectionId.parse(connectionId), username()));
            redirect(started.connectUrl().toString());
        } catch (Conflict | DomainViolation | AggregatorFailure e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public void link(String providerAccountId) {
        String chosen = linkChoice.get(providerAccountId);
        if (chosen == null || chosen.isBlank()) {
            FacesMessages.error(null, FacesMessages.text("bank.link.choose"));
            return;
        }
        try {
            link.link(new LinkProviderAccountUseCase.LinkCommand(BankAccountId.parse(chosen), UUID.fromString(providerAccountId)));
            FacesMessages.info("bank.link.done");
            refresh();
        } catch (Conflict | DomainViolation e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public void openAccount(String providerAccountId) {
        try {
            BankAccount opened = openLinked.open(new OpenLinkedBankAccountUseCase.OpenLinkedCommand(UUID.fromString(providerAccountId), null, null));
            FacesMessages.info("bank.open.done", opened.name());
            refresh();
        } catch (Conflict | DomainViolation e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public boolean isConnectable() {
        return connectionRows.stream().noneMatch(ConnectionRow::live);
    }

    private BankId bankId() {
        return BankId.parse(id);
    }

    private String username() {
        return currentUser.getName();
    }

    private static void redirect(String url) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public String getBic() {
        return bic;
    }

    public List<ConnectionRow> getConnections() {
        return connectionRows;
    }

    public Map<String, String> getLinkChoice() {
        return linkChoice;
    }
}
