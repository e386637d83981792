package org.banksync.adapters.plaid.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.category.PfcTaxonomy;
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.client.AuthNumbers;
import org.banksync.adapters.plaid.client.LinkTokenCreated;
import org.banksync.adapters.plaid.client.LinkTokenSpec;
import org.banksync.adapters.plaid.client.PlaidAccount;
import org.banksync.adapters.plaid.client.PlaidEndpoints;
import org.banksync.adapters.plaid.client.PlaidItem;
import org.banksync.adapters.plaid.config.PlaidSettings;
import org.banksync.adapters.plaid.http.Failures;
import org.banksync.adapters.plaid.http.PlaidAnswer;
import org.banksync.adapters.plaid.http.PlaidGateway;
import org.banksync.adapters.plaid.state.PlaidState;
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
import java.util.Optional;

/**
 * Plaid behind the connection port. A connection goes through Hosted Link: a link token whose page
 * sends the browser back to {@code /api/plaid/callback?context=...}; a reconnection is Link's update
 * mode on the Item's access token (Plaid always asks the user to log in again there, so
 * {@code forceReauthentication} changes nothing). Items are read with their own access tokens; the
 * category tree is the vendored PFCv2 taxonomy.
 */
@ApplicationScoped
public class PlaidBankConnector implements BankConnector {

    private PlaidGateway gateway;
    private PlaidEndpoints endpoints;
    private PlaidAccounts accounts;
    private PlaidState state;
    private PlaidSettings settings;
    private Clock clock;

    protected PlaidBankConnector() {
    }

    @Inject
    public PlaidBankConnector(PlaidGateway gateway, PlaidEndpoints endpoints, PlaidAccounts accounts, PlaidState state,
                              PlaidSettings settings, Clock clock) {
        this.gateway = gateway;
        this.endpoints = endpoints;
        this.accounts = accounts;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.PLAID;
    }

    @Override
    public URI startConnectSession(CompanyCode company, ConnectSessionRequest request) {
        Optional<AccessToken> update = request.itemId().map(state::requireAccessToken);
        LinkTokenSpec spec = new LinkTokenSpec(ClientUserIds.of(company), update.orElse(null),
                settings.callbackUrl(request.context()), settings.webhookUrl());
        PlaidAnswer answer = gateway.send(endpoints.linkTokenCreate(spec));
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the Link session");
        }
        LinkTokenCreated created = LinkTokenCreated.parse(answer.body());
        String hash = PlaidState.contextHash(request.context());
        state.putLinkToken(hash, created.linkToken());
        update.ifPresent(token -> state.putLinkItem(hash, token.itemId()));
        return created.hostedLinkUrl();
    }

    @Override
    public ItemSnapshot readItem(CompanyCode company, String itemId) {
        Optional<AccessToken> token = state.accessToken(itemId);
        if (token.isEmpty()) {
            return ItemStates.gone(itemId, "Banksync holds no access token for it");
        }
        PlaidAnswer answer = gateway.send(endpoints.itemGet(token.get()));
        if (!answer.isSuccess()) {
            if (answer.errorCode() != null && Failures.ITEM_GONE.contains(answer.errorCode())) {
                return ItemStates.gone(itemId, answer.errorCode());
            }
            throw Failures.of(answer, "item " + itemId);
        }
        return ItemStates.of(PlaidItem.parse(answer.body()), clock.instant());
    }

    @Override
    public AccountsRead readAccounts(CompanyCode company, String itemId) {
        AccessToken token = state.requireAccessToken(itemId);
        List<PlaidAccount> rows = accounts.list(token);
        AuthNumbers numbers = accounts.numbers(token);
        List<ProviderAccountSnapshot> read = new ArrayList<>(rows.size());
        List<String> rejected = new ArrayList<>();
        for (PlaidAccount row : rows) {
            try {
                ProviderAccountSnapshot account = AccountRows.map(row, numbers.iban(row.accountId()));
                accounts.remember(itemId, row, account.iban() == null ? null : account.iban().value());
                read.add(account);
            } catch (AccountRows.RejectedRow refused) {
                rejected.add(refused.getMessage());
            }
        }
        return new AccountsRead(read, rejected);
    }

    @Override
    public List<ProviderCategorySnapshot> readCategories() {
        return PfcTaxonomy.vendored().nodes();
    }
}
