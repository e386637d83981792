package org.banksync.adapters.web.ui.bank;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.FacesMessages;
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
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.shared.DomainViolation;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
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
    private static final Duration CONSENT_WARNING = Duration.ofDays(7);

    private FindBanksQuery banks;
    private FindConnectionsQuery connections;
    private FindBankAccountsQuery bankAccounts;
    private StartBankConnectionUseCase start;
    private ReconnectBankUseCase reconnect;
    private LinkProviderAccountUseCase link;
    private OpenLinkedBankAccountUseCase openLinked;
    private Clock clock;

    private String id;
    private Bank bank;
    private List<ConnectionRow> connectionRows;
    private Map<String, String> linkChoice = new java.util.HashMap<>();

    protected BankPage() {
    }

    @Inject
    public BankPage(FindBanksQuery banks, FindConnectionsQuery connections, FindBankAccountsQuery bankAccounts,
                    StartBankConnectionUseCase start, ReconnectBankUseCase reconnect, LinkProviderAccountUseCase link,
                    OpenLinkedBankAccountUseCase openLinked, Clock clock) {
        this.banks = banks;
        this.connections = connections;
        this.bankAccounts = bankAccounts;
        this.start = start;
        this.reconnect = reconnect;
        this.link = link;
        this.openLinked = openLinked;
        this.clock = clock;
    }

    /** Called by f:viewAction: loads the bank, or answers 404 for an unknown one. */
    public void load() throws IOException {
        try {
            bank = banks.get(BankId.parse(id));
            refresh();
        } catch (DomainViolation | NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "There is no such bank.");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        List<BankAccount> accountsOfBank = bankAccounts.list(new BankAccountFilter(null, bank.id()),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        connectionRows = connections.listByBank(bank.id()).stream()
                .map(connection -> ConnectionRow.of(connection, connections.providerAccounts(connection.id()), accountsOfBank,
                        clock, CONSENT_WARNING))
                .toList();
    }

    public void connect() {
        try {
            var started = start.start(new StartBankConnectionUseCase.StartConnectionCommand(bank.id(), null, null, username()));
            redirect(started.connectUrl().toString());
        } catch (Conflict | DomainViolation | AggregatorFailure e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public void reconnect(String connectionId) {
        try {
            var started = reconnect.reconnect(new ReconnectBankUseCase.ReconnectCommand(
                    org.banksync.domain.connection.ConnectionId.parse(connectionId), username()));
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

    private static String username() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return user == null ? "web" : user;
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

    public Bank getBank() {
        return bank;
    }

    public List<ConnectionRow> getConnections() {
        return connectionRows;
    }

    public Map<String, String> getLinkChoice() {
        return linkChoice;
    }
}
