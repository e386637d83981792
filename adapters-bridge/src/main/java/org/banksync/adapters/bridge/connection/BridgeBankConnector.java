package org.banksync.adapters.bridge.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.banksync.adapters.bridge.client.BridgeAccount;
import org.banksync.adapters.bridge.client.BridgeCategory;
import org.banksync.adapters.bridge.client.BridgeEndpoints;
import org.banksync.adapters.bridge.client.BridgeItem;
import org.banksync.adapters.bridge.client.ConnectSession;
import org.banksync.adapters.bridge.client.ConnectSessionBody;
import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.adapters.bridge.http.BridgeAnswer;
import org.banksync.adapters.bridge.http.BridgeGateway;
import org.banksync.adapters.bridge.http.Failures;
import org.banksync.adapters.bridge.session.AppSession;
import org.banksync.adapters.bridge.session.BridgeUsers;
import org.banksync.adapters.bridge.session.Pager;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Bridge behind the connection port: a company's Bridge user opens connect sessions and reads its
 * items and accounts; the category tree is public. Item texts are asked in English, like Banksync's
 * own messages.
 */
@ApplicationScoped
public class BridgeBankConnector implements BankConnector {

    private static final String COUNTRY = "FR";
    /** Cards and loans are bank accounts too in Banksync (without IBAN), so every account type is offered. */
    private static final String ACCOUNT_TYPES = "all";
    private static final String ITEM_LANGUAGE = "en";

    private BridgeUsers users;
    private Pager pager;
    private BridgeEndpoints endpoints;
    private BridgeGateway gateway;
    private BridgeSettings settings;
    private Clock clock;

    protected BridgeBankConnector() {
    }

    @Inject
    public BridgeBankConnector(BridgeUsers users, Pager pager, BridgeEndpoints endpoints, BridgeGateway gateway,
                               BridgeSettings settings, Clock clock) {
        this.users = users;
        this.pager = pager;
        this.endpoints = endpoints;
        this.gateway = gateway;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.BRIDGE;
    }

    @Override
    public URI startConnectSession(CompanyCode company, ConnectSessionRequest request) {
        Long itemId = request.itemId().map(BridgeBankConnector::itemId).orElse(null);
        Boolean reauthenticate = itemId != null && request.forceReauthentication() ? Boolean.TRUE : null;
        ConnectSessionBody body = new ConnectSessionBody(settings.userEmail(), settings.callbackUrl().toString(),
                request.context(), COUNTRY, ACCOUNT_TYPES, itemId, reauthenticate);
        BridgeAnswer answer = users.open(company).send(bearer -> endpoints.createConnectSession(bearer, body));
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the connect session");
        }
        return ConnectSession.parse(answer.body()).url();
    }

    @Override
    public ItemSnapshot readItem(CompanyCode company, String itemId) {
        long id = itemId(itemId);
        BridgeAnswer answer = users.open(company).send(bearer -> endpoints.item(bearer, id, ITEM_LANGUAGE));
        if (answer.status() == 404) {
            return ItemStates.deleted(itemId);
        }
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "item " + itemId);
        }
        return ItemStates.of(BridgeItem.parse(answer.body()), itemId, clock.instant());
    }

    @Override
    public AccountsRead readAccounts(CompanyCode company, String itemId) {
        long id = itemId(itemId);
        List<JsonObject> rows = pager.readAll(users.open(company), bearer -> endpoints.accounts(bearer, id),
                "the accounts of item " + itemId);
        List<ProviderAccountSnapshot> accounts = new ArrayList<>(rows.size());
        List<String> rejected = new ArrayList<>();
        for (JsonObject row : rows) {
            try {
                accounts.add(AccountRows.map(BridgeAccount.from(row)));
            } catch (AccountRows.RejectedRow refused) {
                rejected.add(refused.getMessage());
            }
        }
        return new AccountsRead(accounts, rejected);
    }

    @Override
    public List<ProviderCategorySnapshot> readCategories() {
        AppSession app = new AppSession(gateway);
        List<BridgeCategory> french = BridgeCategory.flatten(
                pager.readAll(app, bearer -> endpoints.categories("fr"), "the categories in French"));
        List<BridgeCategory> english = BridgeCategory.flatten(
                pager.readAll(app, bearer -> endpoints.categories("en"), "the categories in English"));
        return CategoryTree.merge(french, english);
    }

    private static long itemId(String itemId) {
        try {
            return Long.parseLong(itemId.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new AggregatorFailure(AggregatorFailure.Kind.NOT_FOUND,
                    "'" + itemId + "' is not a Bridge item id (Bridge's ids are numbers).");
        }
    }
}
