package org.banksync.adapters.plaid.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.client.AuthNumbers;
import org.banksync.adapters.plaid.client.PlaidAccount;
import org.banksync.adapters.plaid.client.PlaidEndpoints;
import org.banksync.adapters.plaid.http.Failures;
import org.banksync.adapters.plaid.http.PlaidAnswer;
import org.banksync.adapters.plaid.http.PlaidGateway;
import org.banksync.adapters.plaid.state.PlaidState;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An Item's accounts: {@code /accounts/get}, their IBANs from {@code /auth/get} when the Item has
 * the product, and what identifies each one again when Plaid changes its id ("account churn"): its
 * Item, its IBAN and its signature (mask, name, subtype), remembered at every read.
 */
@ApplicationScoped
public class PlaidAccounts {

    /** /auth/get answers that only mean "no IBANs here": the accounts are read without them. */
    static final Set<String> NO_NUMBERS = Set.of("PRODUCT_NOT_READY", "NO_AUTH_ACCOUNTS", "INVALID_PRODUCT",
            "PRODUCTS_NOT_SUPPORTED", "PRODUCT_NOT_ENABLED");
    private static final System.Logger LOG = System.getLogger(PlaidAccounts.class.getName());

    private PlaidGateway gateway;
    private PlaidEndpoints endpoints;
    private PlaidState state;

    protected PlaidAccounts() {
    }

    @Inject
    public PlaidAccounts(PlaidGateway gateway, PlaidEndpoints endpoints, PlaidState state) {
        this.gateway = gateway;
        this.endpoints = endpoints;
        this.state = state;
    }

    /** The Item's open accounts, as Plaid lists them. */
    public List<PlaidAccount> list(AccessToken token) {
        PlaidAnswer answer = gateway.send(endpoints.accountsGet(token));
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the accounts of item " + token.itemId());
        }
        return PlaidAccount.parseAll(answer.body());
    }

    /** The IBANs Plaid gives for the Item; none when the bank or the application has no Auth for it. */
    public AuthNumbers numbers(AccessToken token) {
        PlaidAnswer answer = gateway.send(endpoints.authGet(token));
        if (answer.isSuccess()) {
            return AuthNumbers.parse(answer.body());
        }
        if (answer.errorCode() != null && NO_NUMBERS.contains(answer.errorCode())) {
            LOG.log(Level.INFO, "Plaid has no account numbers for item {0} ({1}); accounts are read without IBANs",
                    token.itemId(), answer.describe());
            return AuthNumbers.NONE;
        }
        throw Failures.of(answer, "the account numbers of item " + token.itemId());
    }

    /** Remembers what finds the account again: its Item, IBAN and signature. */
    public void remember(String itemId, PlaidAccount account, String iban) {
        state.putItemOfAccount(account.accountId(), itemId);
        state.putSignature(account.accountId(), signature(account, iban));
    }

    /**
     * Plaid's new id for an account it no longer knows under {@code linkedId}: the one account of the
     * Item with the same IBAN, else the one with the same mask, name and subtype. Remembered as an alias.
     */
    public Optional<String> rematch(AccessToken token, String linkedId) {
        Optional<String> known = state.signature(linkedId);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = known.get().split("\\|", 2);
        String oldIban = parts[0].isEmpty() ? null : parts[0];
        String oldSignature = parts.length > 1 ? parts[1] : "";
        List<PlaidAccount> accounts = list(token).stream().filter(a -> a.accountId() != null)
                .filter(a -> !a.accountId().equals(linkedId)).toList();
        AuthNumbers numbers = oldIban == null ? AuthNumbers.NONE : numbers(token);
        List<PlaidAccount> byIban = oldIban == null ? List.of()
                : accounts.stream().filter(a -> oldIban.equals(numbers.iban(a.accountId()))).toList();
        List<PlaidAccount> candidates = byIban.size() == 1 ? byIban
                : accounts.stream().filter(a -> Objects.equals(a.signature(), oldSignature)).toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        String current = candidates.get(0).accountId();
        state.putAccountAlias(linkedId, current);
        state.putItemOfAccount(current, token.itemId());
        LOG.log(Level.INFO, "Plaid account {0} is now {1} (item {2})", linkedId, current, token.itemId());
        return Optional.of(current);
    }

    /** {@code iban|mask|name|subtype}: the IBAN first, then what {@link PlaidAccount#signature()} says. */
    private static String signature(PlaidAccount account, String iban) {
        return (iban == null ? "" : iban) + "|" + account.signature();
    }
}
