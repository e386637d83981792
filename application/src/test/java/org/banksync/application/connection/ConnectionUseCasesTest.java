package org.banksync.application.connection;

import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectCallback;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectOutcome;
import org.banksync.application.connection.port.in.LinkProviderAccountUseCase.LinkCommand;
import org.banksync.application.connection.port.in.OpenLinkedBankAccountUseCase.OpenLinkedCommand;
import org.banksync.application.connection.port.in.ReconnectBankUseCase.ReconnectCommand;
import org.banksync.application.connection.port.in.StartBankConnectionUseCase.StartConnectionCommand;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryConnectionPorts;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionUseCasesTest {

    private static final String CHECKING_IBAN = "FR7630006000011234567890189";

    private final InMemoryAdapters core = new InMemoryAdapters();
    private final InMemoryConnectionPorts ports = new InMemoryConnectionPorts();
    private final FakeBridgeConnector bridge = new FakeBridgeConnector();
    private final ConnectorRegistry registry = new ConnectorRegistry(List.of(bridge));

    private final StartBankConnectionService start = new StartBankConnectionService(core.banks, core.companies,
            ports.connections, ports.contexts, registry, core.clock);
    private final CompleteBankConnectionService complete = new CompleteBankConnectionService(ports.contexts,
            ports.connections, ports.providerAccounts, core.accounts, registry,
            new ImportProviderCategoriesService(core.categories, registry), core.clock);
    private final ReconnectBankService reconnect = new ReconnectBankService(ports.connections, ports.contexts, registry, core.clock);
    private final LinkProviderAccountService link = new LinkProviderAccountService(core.accounts, ports.providerAccounts, ports.connections);
    private final OpenLinkedBankAccountService openLinked = new OpenLinkedBankAccountService(core.accounts, ports.providerAccounts,
            ports.connections);

    private final Bank bank = core.storedBank("Demo Bank");

    @Test
    @DisplayName("starting a connection hands the aggregator a fresh lower-case hex context and stores only its hash")
    void startStoresAHashedContext() {
        var started = start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));

        assertThat(started.connectUrl()).hasToString("https://connect.example/session/1");
        String context = bridge.lastContext();
        assertThat(context).matches("[0-9a-f]{64}");
        assertThat(ports.contexts.count()).isEqualTo(1);
        assertThat(ports.contexts.findUsable(context, core.clock.instant())).isEmpty();
        assertThat(ports.contexts.findUsable(ContextTokens.hash(context), core.clock.instant())).isPresent();
    }

    @Test
    @DisplayName("an unknown bank, an unknown company or an unconfigured aggregator is refused before anything is stored")
    void startRefusesBadInput() {
        assertThatThrownBy(() -> start.start(new StartConnectionCommand(BankId.newId(), null, null, "admin"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> start.start(new StartConnectionCommand(bank.id(), CompanyCode.of("NOPE"), null, "admin")))
                .isInstanceOf(DomainViolation.class).extracting("field").isEqualTo("company");
        assertThatThrownBy(() -> start.start(new StartConnectionCommand(bank.id(), null, Provider.PLAID, "admin")))
                .isInstanceOf(DomainViolation.class).extracting("field").isEqualTo("provider");
        assertThat(ports.contexts.count()).isZero();
        assertThat(bridge.sessions).isEmpty();
    }

    @Test
    @DisplayName("a successful callback stores the connection with the item's state, links accounts by IBAN and proposes the rest")
    void callbackConnectsAndLinksByIban() {
        BankAccount checking = BankAccount.open(CompanyCode.DEFAULT, bank.id(), "Compte courant", Iban.of(CHECKING_IBAN), CurrencyCode.EUR, "512100");
        core.accounts.save(checking);
        bridge.accounts = List.of(
                new ProviderAccountSnapshot("101", "Compte Courant", Iban.of(CHECKING_IBAN), CurrencyCode.EUR, "checking", new BigDecimal("1489.54")),
                new ProviderAccountSnapshot("102", "Livret A", Iban.of("FR1420041010050500013M02606"), CurrencyCode.EUR, "savings", new BigDecimal("12000.00")),
                new ProviderAccountSnapshot("103", "Carte Visa", null, CurrencyCode.EUR, "card", new BigDecimal("-312.40")));
        bridge.rejected = List.of("account 104: IBAN FR00 fails its check digits");
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));

        ConnectOutcome outcome = complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, "admin"));

        assertThat(outcome).isInstanceOf(ConnectOutcome.Connected.class);
        ConnectOutcome.Connected connected = (ConnectOutcome.Connected) outcome;
        assertThat(connected.linked()).isEqualTo(1);
        assertThat(connected.proposals()).extracting(ProviderAccount::externalId).containsExactly("102", "103");
        assertThat(connected.rejected()).hasSize(1);
        BankConnection connection = ports.connections.findById(connected.connectionId()).orElseThrow();
        assertThat(connection.state()).isEqualTo(ConnectionState.OK);
        assertThat(connection.externalItemId()).isEqualTo("item-1");
        assertThat(core.accounts.findById(checking.id()).orElseThrow().providerAccount().externalAccountId()).isEqualTo("101");
    }

    @Test
    @DisplayName("connecting a bank imports the aggregator's categories")
    void connectingImportsCategories() {
        bridge.categories = List.of(new org.banksync.application.connection.port.out.ProviderCategorySnapshot("1", null, "Auto", "Car"));
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));
        complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null));
        assertThat(core.categories.findAll()).extracting(category -> category.names().fr()).contains("Auto");
    }

    @Test
    @DisplayName("a forged, replayed or expired context is refused and changes nothing")
    void refusesForgedReplayedAndExpiredContexts() {
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));
        String context = bridge.lastContext();

        ConnectOutcome forged = complete.complete(new ConnectCallback(Provider.BRIDGE, "a".repeat(64), true, "item-1", null, null));
        ConnectOutcome garbage = complete.complete(new ConnectCallback(Provider.BRIDGE, "<script>", true, "item-1", null, null));
        assertThat(forged).isInstanceOf(ConnectOutcome.Refused.class);
        assertThat(garbage).isInstanceOf(ConnectOutcome.Refused.class);
        assertThat(ports.connections.findAll()).isEmpty();

        assertThat(complete.complete(new ConnectCallback(Provider.BRIDGE, context, true, "item-1", null, null)))
                .isInstanceOf(ConnectOutcome.Connected.class);
        ConnectOutcome replayed = complete.complete(new ConnectCallback(Provider.BRIDGE, context, true, "item-2", null, null));
        assertThat(replayed).isInstanceOf(ConnectOutcome.Refused.class);
        assertThat(ports.connections.findAll()).hasSize(1);

        Bank other = core.storedBank("Other Bank");
        start.start(new StartConnectionCommand(other.id(), null, null, "admin"));
        core.clock.advance(Duration.ofMinutes(31));
        assertThat(complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-3", null, null)))
                .isInstanceOf(ConnectOutcome.Refused.class);
        assertThat(ports.connections.findAll()).hasSize(1);
    }

    @Test
    @DisplayName("a callback brought by another signed-in user is refused and leaves the context to its owner")
    void refusesAnotherUsersCallback() {
        start.start(new StartConnectionCommand(bank.id(), null, null, "alice"));
        String context = bridge.lastContext();

        assertThat(complete.complete(new ConnectCallback(Provider.BRIDGE, context, true, "item-1", null, "mallory")))
                .isInstanceOf(ConnectOutcome.Refused.class);
        assertThat(complete.complete(new ConnectCallback(Provider.BRIDGE, context, true, "item-1", null, "alice")))
                .isInstanceOf(ConnectOutcome.Connected.class);
    }

    @Test
    @DisplayName("a failed flow tells the user what happened and what to do, and stores no connection")
    void failedFlowExplainsItself() {
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));

        ConnectOutcome outcome = complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), false, null, "bank_creds_form", null));

        assertThat(outcome).isInstanceOfSatisfying(ConnectOutcome.Failed.class, failed -> {
            assertThat(failed.bankId()).isEqualTo(bank.id());
            assertThat(failed.message()).contains("identifiers");
            assertThat(failed.remedy()).contains("connect again");
        });
        assertThat(ports.connections.findAll()).isEmpty();
    }

    @Test
    @DisplayName("a second connection of a connected bank is refused: reconnect it instead")
    void oneLiveConnectionPerBankAndCompany() {
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));
        complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null));

        assertThatThrownBy(() -> start.start(new StartConnectionCommand(bank.id(), null, null, "admin")))
                .isInstanceOf(Conflict.class).hasMessageContaining("reconnect");
    }

    @Test
    @DisplayName("reconnecting renews the same item with re-authentication forced, and its callback updates the state")
    void reconnectRenewsTheItem() {
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));
        var connected = (ConnectOutcome.Connected) complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null));
        bridge.item = new org.banksync.application.connection.port.out.ItemSnapshot("item-1", ConnectionState.CONSENT_EXPIRED, "otp_required", null, null);
        var expired = ports.connections.findById(connected.connectionId()).orElseThrow();
        expired.updateState(ConnectionState.CONSENT_EXPIRED, "otp_required", null, null);
        ports.connections.save(expired);

        var restarted = reconnect.reconnect(new ReconnectCommand(connected.connectionId(), "admin"));
        assertThat(bridge.sessions.get(bridge.sessions.size() - 1).itemId()).contains("item-1");
        assertThat(bridge.sessions.get(bridge.sessions.size() - 1).forceReauthentication()).isTrue();
        assertThat(restarted.connectionId()).isEqualTo(connected.connectionId());

        bridge.item = new org.banksync.application.connection.port.out.ItemSnapshot("item-1", ConnectionState.OK, "ok", null, null);
        complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null));
        assertThat(ports.connections.findAll()).hasSize(1);
        assertThat(ports.connections.findById(connected.connectionId()).orElseThrow().state()).isEqualTo(ConnectionState.OK);
    }

    @Test
    @DisplayName("when the aggregator is down during the callback, the failure surfaces and the context stays usable")
    void aggregatorDownKeepsTheContext() {
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));
        bridge.down = true;

        assertThatThrownBy(() -> complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null)))
                .isInstanceOf(AggregatorFailure.class);
        assertThat(ports.connections.findAll()).isEmpty();

        bridge.down = false;
        assertThat(complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null)))
                .isInstanceOf(ConnectOutcome.Connected.class);
    }

    @Test
    @DisplayName("a proposal can be linked to an existing account or opened as a new linked account; mismatches are refused")
    void linkingAndOpeningFromProposals() {
        bridge.accounts = List.of(
                new ProviderAccountSnapshot("102", "Livret A", Iban.of("FR1420041010050500013M02606"), CurrencyCode.EUR, "savings", BigDecimal.TEN),
                new ProviderAccountSnapshot("105", "USD account", null, CurrencyCode.of("USD"), "checking", BigDecimal.ONE));
        start.start(new StartConnectionCommand(bank.id(), null, null, "admin"));
        var connected = (ConnectOutcome.Connected) complete.complete(new ConnectCallback(Provider.BRIDGE, bridge.lastContext(), true, "item-1", null, null));
        ProviderAccount livret = connected.proposals().get(0);
        ProviderAccount usd = connected.proposals().get(1);

        BankAccount euroAccount = BankAccount.open(CompanyCode.DEFAULT, bank.id(), "Euro", null, CurrencyCode.EUR, null);
        core.accounts.save(euroAccount);
        assertThatThrownBy(() -> link.link(new LinkCommand(euroAccount.id(), usd.id())))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("USD");

        BankAccount linked = link.link(new LinkCommand(euroAccount.id(), livret.id()));
        assertThat(linked.providerAccount().externalAccountId()).isEqualTo("102");

        BankAccount opened = openLinked.open(new OpenLinkedCommand(usd.id(), null, "512300"));
        assertThat(opened.name()).isEqualTo("USD account");
        assertThat(opened.currency()).isEqualTo(CurrencyCode.of("USD"));
        assertThat(opened.providerAccount().externalAccountId()).isEqualTo("105");
        assertThatThrownBy(() -> openLinked.open(new OpenLinkedCommand(usd.id(), null, null))).isInstanceOf(Conflict.class);
    }
}
