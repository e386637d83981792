package org.banksync.adapters.plaid.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.ProviderStateStore;
import org.banksync.domain.connection.Provider;

import java.util.Optional;

/**
 * The adapter's memory in the core's {@link ProviderStateStore}, one typed method per key (README,
 * "State keys"). Access tokens and link tokens are stored as secrets (encrypted at rest, never logged).
 */
@ApplicationScoped
public class PlaidState {

    private ProviderStateStore store;

    protected PlaidState() {
    }

    @Inject
    public PlaidState(ProviderStateStore store) {
        this.store = store;
    }

    // Items

    public Optional<AccessToken> accessToken(String itemId) {
        return find(StateKeys.key("item", itemId, "access-token")).map(value -> new AccessToken(itemId, value));
    }

    /** The Item's token, or NOT_FOUND: Banksync cannot open an Item it holds no token for. */
    public AccessToken requireAccessToken(String itemId) {
        return accessToken(itemId).orElseThrow(() -> new AggregatorFailure(AggregatorFailure.Kind.NOT_FOUND,
                "Banksync holds no access to the Plaid connection " + itemId + "; connect the bank again."));
    }

    public void putAccessToken(AccessToken token) {
        store.put(Provider.PLAID, StateKeys.key("item", token.itemId(), "access-token"), token.value(), true);
    }

    // Connect flows, by the SHA-256 of their context (the context itself is never stored)

    public Optional<String> linkToken(String contextHash) {
        return find(StateKeys.key("link", contextHash));
    }

    public void putLinkToken(String contextHash, String linkToken) {
        store.put(Provider.PLAID, StateKeys.key("link", contextHash), linkToken, true);
    }

    /** The Item of the flow: the one being repaired (update mode), or the one its public token was exchanged for. */
    public Optional<String> linkItem(String contextHash) {
        return find(StateKeys.key("link", contextHash, "item"));
    }

    public void putLinkItem(String contextHash, String itemId) {
        store.put(Provider.PLAID, StateKeys.key("link", contextHash, "item"), itemId, false);
    }

    public void forgetLink(String contextHash) {
        store.remove(Provider.PLAID, StateKeys.key("link", contextHash));
        store.remove(Provider.PLAID, StateKeys.key("link", contextHash, "item"));
    }

    // Accounts, keyed by the account id Banksync linked (Plaid's id at the time)

    public Optional<String> itemOfAccount(String accountId) {
        return find(StateKeys.key("account", accountId, "item"));
    }

    public void putItemOfAccount(String accountId, String itemId) {
        store.put(Provider.PLAID, StateKeys.key("account", accountId, "item"), itemId, false);
    }

    public Optional<String> signature(String accountId) {
        return find(StateKeys.key("account", accountId, "signature"));
    }

    public void putSignature(String accountId, String signature) {
        store.put(Provider.PLAID, StateKeys.key("account", accountId, "signature"), signature, false);
    }

    /** Plaid's current id of an account Banksync knows under an older id. */
    public Optional<String> accountAlias(String linkedId) {
        return find(StateKeys.key("account-alias", linkedId));
    }

    public void putAccountAlias(String linkedId, String currentId) {
        store.put(Provider.PLAID, StateKeys.key("account-alias", linkedId), currentId, false);
        store.put(Provider.PLAID, StateKeys.key("account-linked", currentId), linkedId, false);
    }

    /** The id Banksync linked an account by, when Plaid has since given it {@code currentId}. */
    public Optional<String> linkedIdOf(String currentId) {
        return find(StateKeys.key("account-linked", currentId));
    }

    // Transactions

    /** The cursor whose update is committed in Banksync for the account. */
    public Optional<String> cursor(String accountId) {
        return find(StateKeys.key("cursor", accountId));
    }

    public void putCursor(String accountId, String cursor) {
        store.put(Provider.PLAID, StateKeys.key("cursor", accountId), cursor, false);
    }

    public void removeCursor(String accountId) {
        store.remove(Provider.PLAID, StateKeys.key("cursor", accountId));
    }

    /** The pending id a posted transaction was stored under. */
    public Optional<String> postedAlias(String accountId, String postedId) {
        return find(StateKeys.key("alias", accountId, postedId));
    }

    /**
     * Remembers that the posted row {@code postedId} took over the pending row {@code pendingId}: its
     * later changes and removal go to that key, and the pending id's own removal is no deletion.
     */
    public void putPosting(String accountId, String postedId, String pendingId) {
        store.put(Provider.PLAID, StateKeys.key("alias", accountId, postedId), pendingId, false);
        store.put(Provider.PLAID, StateKeys.key("replaced", accountId, pendingId), postedId, false);
    }

    /** Whether a posted row took over this pending id (so that its removal must not delete the booked row). */
    public boolean replaced(String accountId, String pendingId) {
        return find(StateKeys.key("replaced", accountId, pendingId)).isPresent();
    }

    private Optional<String> find(String key) {
        return store.find(Provider.PLAID, key);
    }

    /** The hash a context is known by here (SHA-256, lower-case hex). */
    public static String contextHash(String context) {
        return StateKeys.sha256(context);
    }
}
