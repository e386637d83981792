package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase;
import org.banksync.application.connection.port.in.ImportProviderCategoriesUseCase;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.application.connection.port.out.ConnectContextRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.connection.BankConnection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Completes the hosted flow in one unit of work: the context is consumed, the connection stored,
 * its accounts read and linked. If anything fails (the aggregator is down, say) nothing is kept and
 * the context stays usable, so the user can simply retry.
 */
@UseCase
public class CompleteBankConnectionService implements CompleteBankConnectionUseCase {

    private static final Logger LOG = Logger.getLogger(CompleteBankConnectionService.class.getName());

    private ConnectContextRepository contexts;
    private ConnectionRepository connections;
    private ProviderAccountRepository providerAccounts;
    private BankAccountRepository bankAccounts;
    private ConnectorRegistry connectors;
    private ImportProviderCategoriesUseCase categories;
    private Clock clock;

    protected CompleteBankConnectionService() {
    }

    @Inject
    public CompleteBankConnectionService(ConnectContextRepository contexts, ConnectionRepository connections,
                                         ProviderAccountRepository providerAccounts, BankAccountRepository bankAccounts,
                                         ConnectorRegistry connectors, ImportProviderCategoriesUseCase categories,
                                         Clock clock) {
        this.contexts = contexts;
        this.connections = connections;
        this.providerAccounts = providerAccounts;
        this.bankAccounts = bankAccounts;
        this.connectors = connectors;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public ConnectOutcome complete(ConnectCallback callback) {
        if (!ContextTokens.isWellFormed(callback.context())) {
            return new ConnectOutcome.Refused("the connection link is not one Banksync issued");
        }
        String hash = ContextTokens.hash(callback.context());
        Optional<ConnectContext> found = contexts.findUsable(hash, clock.instant());
        if (found.isEmpty()) {
            return new ConnectOutcome.Refused("the connection link is unknown, was already used, or has expired; start again");
        }
        ConnectContext context = found.get();
        if (context.provider() != callback.provider()) {
            return new ConnectOutcome.Refused("the connection link belongs to another aggregator");
        }
        if (callback.callerUsername() != null && !callback.callerUsername().equals(context.username())) {
            return new ConnectOutcome.Refused("the connection was started by another user");
        }
        if (!callback.success()) {
            if (contexts.consume(hash, clock.instant()).isEmpty()) {
                return new ConnectOutcome.Refused("the connection link was just used by another request");
            }
            String[] advice = ConnectFailureAdvice.forStep(callback.step());
            return new ConnectOutcome.Failed(context.bankId(), callback.step(), advice[0], advice[1]);
        }
        if (callback.itemId() == null || callback.itemId().isBlank()) {
            return new ConnectOutcome.Failed(context.bankId(), callback.step(), "The aggregator did not say which connection it made.",
                    "Start the connection again from the bank's page.");
        }
        // The aggregator is read before the context is consumed: if it fails, the context stays
        // usable and reloading the callback URL simply tries again.
        BankConnector connector = connectors.of(context.provider());
        ItemSnapshot item = connector.readItem(context.company(), callback.itemId());
        BankConnector.AccountsRead read = connector.readAccounts(context.company(), callback.itemId());
        if (contexts.consume(hash, clock.instant()).isEmpty()) {
            return new ConnectOutcome.Refused("the connection link was just used by another request");
        }
        BankConnection connection = connectionFor(context, callback.itemId());
        connection.updateState(item.state(), item.stateDetail(), item.consentExpiresAt(), item.lastRefreshAt());
        connections.save(connection);

        List<ProviderAccount> accounts = providerAccounts.replaceAll(connection.id(), read.accounts());
        int linked = 0;
        List<ProviderAccount> proposals = new ArrayList<>();
        for (ProviderAccount account : accounts) {
            ProviderAccountRef ref = new ProviderAccountRef(connection.id(), account.externalId());
            if (bankAccounts.findByProviderAccount(ref).isPresent()) {
                linked++;
                continue;
            }
            Optional<BankAccount> sameIban = account.iban() == null ? Optional.empty()
                    : bankAccounts.findByIban(context.company(), account.iban()).filter(candidate -> !candidate.isLinked());
            if (sameIban.isPresent()) {
                sameIban.get().linkTo(ref);
                bankAccounts.save(sameIban.get());
                linked++;
            } else {
                proposals.add(account);
            }
        }
        importCategories(context.provider());
        return new ConnectOutcome.Connected(context.bankId(), connection.id(), linked, proposals, read.rejected());
    }

    /**
     * The aggregator's categories come with the first connection (and are refreshed by each later
     * one); an aggregator that fails to list them must not undo a connection that succeeded.
     */
    private void importCategories(org.banksync.domain.connection.Provider provider) {
        try {
            categories.importCategories(provider);
        } catch (AggregatorFailure failure) {
            LOG.warning("The connection succeeded but " + provider.wireName() + "'s categories could not be imported now: "
                    + failure.getMessage() + "; the daily refresh will try again.");
        }
    }

    /** The connection being renewed, the one already made for this item, or a new one. */
    private BankConnection connectionFor(ConnectContext context, String itemId) {
        if (context.connectionId() != null) {
            return connections.findById(context.connectionId())
                    .orElseGet(() -> BankConnection.open(context.bankId(), context.company(), context.provider(), itemId));
        }
        return connections.findByItem(context.provider(), itemId)
                .orElseGet(() -> BankConnection.open(context.bankId(), context.company(), context.provider(), itemId));
    }
}
