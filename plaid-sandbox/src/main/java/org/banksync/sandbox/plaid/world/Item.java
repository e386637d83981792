package org.banksync.sandbox.plaid.world;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.data.Transaction;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * A connected Item: its institution, access token, accounts, change log, products, webhook URL, consent
 * clock, error and the status /item/get reports. Methods are synchronized on the Item.
 */
public final class Item {

    /** Where the transactions product stands. */
    public enum TransactionsState {
        /** Not started (the Item was linked without the transactions product): the first sync starts it. */
        NOT_STARTED,
        /** Started, but the first sync still answers NOT_READY (initialNotReady). */
        NOT_READY,
        /** The history is there. */
        READY
    }

    private final String itemId;
    private final long ordinal;
    private final Institution institution;
    private final String accessToken;
    private final Instant createdAt;
    private final ChangeLog log = new ChangeLog();
    private final List<Account> accounts = new ArrayList<>();
    private final Map<String, BigDecimal> postedSums = new HashMap<>();
    private final Set<String> products;
    private final Set<String> billedProducts;
    private String webhook;
    private int daysRequested;
    private TransactionsState transactions;
    private boolean syncedOnce;
    private Instant consentExpiration;
    private boolean pendingExpirationSent;
    private ApiError error;
    private Instant lastSuccessfulUpdate;
    private Instant lastFailedUpdate;
    private Instant lastWebhookSentAt;
    private String lastWebhookCode;
    private boolean removed;

    Item(String itemId, long ordinal, Institution institution, String accessToken, Instant createdAt, String webhook,
         List<String> products, int daysRequested) {
        this.itemId = itemId;
        this.ordinal = ordinal;
        this.institution = institution;
        this.accessToken = accessToken;
        this.createdAt = createdAt;
        this.webhook = webhook;
        this.products = new LinkedHashSet<>(products);
        this.billedProducts = new LinkedHashSet<>(products);
        this.daysRequested = daysRequested;
        this.transactions = TransactionsState.NOT_STARTED;
        if (institution.hasConsentExpiry()) {
            this.consentExpiration = createdAt.plus(Duration.ofDays(institution.consentDays()));
        }
    }

    public String itemId() {
        return itemId;
    }

    public long ordinal() {
        return ordinal;
    }

    public Institution institution() {
        return institution;
    }

    public String accessToken() {
        return accessToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ChangeLog log() {
        return log;
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(accounts);
    }

    public synchronized Optional<Account> account(String accountId) {
        return accounts.stream().filter(account -> account.accountId().equals(accountId)).findFirst();
    }

    synchronized void setAccounts(List<Account> generated) {
        accounts.clear();
        accounts.addAll(generated);
    }

    /** The generated history's posted amounts per account, so balances start from the account's starting balance. */
    synchronized void setPostedSums(Map<String, BigDecimal> sums) {
        postedSums.putAll(sums);
    }

    /**
     * The account's balances from its live rows: current = opening - posted amounts (amount + is money out),
     * available = current - pending amounts; the opening balance makes current equal the starting balance
     * right after the history was generated.
     */
    public synchronized Balances balances(Account account) {
        BigDecimal opening = account.startingBalance().add(postedSums.getOrDefault(account.accountId(), BigDecimal.ZERO));
        BigDecimal posted = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        for (Transaction row : log.live()) {
            if (row.accountId().equals(account.accountId())) {
                if (row.pending()) {
                    pending = pending.add(row.amount());
                } else {
                    posted = posted.add(row.amount());
                }
            }
        }
        BigDecimal current = opening.subtract(posted);
        return new Balances(current.subtract(pending), current);
    }

    /** An account's available and current balances. */
    public record Balances(BigDecimal available, BigDecimal current) {
    }

    public synchronized List<String> products() {
        return List.copyOf(products);
    }

    public synchronized List<String> billedProducts() {
        return List.copyOf(billedProducts);
    }

    /** A product used for the first time (auth on /auth/get, transactions on /transactions/sync) becomes billed. */
    public synchronized void bill(String product) {
        products.add(product);
        billedProducts.add(product);
    }

    public synchronized String webhook() {
        return webhook;
    }

    public synchronized void setWebhook(String url) {
        this.webhook = url;
    }

    public synchronized int daysRequested() {
        return daysRequested;
    }

    synchronized void startTransactions(int days, boolean notReady) {
        this.daysRequested = days;
        this.transactions = notReady ? TransactionsState.NOT_READY : TransactionsState.READY;
        bill("transactions");
    }

    public synchronized TransactionsState transactions() {
        return transactions;
    }

    synchronized void markReady() {
        transactions = TransactionsState.READY;
    }

    /** Records a sync call; true the first time. */
    synchronized boolean markSynced() {
        boolean first = !syncedOnce;
        syncedOnce = true;
        return first;
    }

    public synchronized boolean syncedOnce() {
        return syncedOnce;
    }

    public synchronized Instant consentExpiration() {
        return consentExpiration;
    }

    synchronized void setConsentExpiration(Instant value) {
        consentExpiration = value;
        pendingExpirationSent = false;
    }

    synchronized boolean pendingExpirationSent() {
        return pendingExpirationSent;
    }

    synchronized void markPendingExpirationSent() {
        pendingExpirationSent = true;
    }

    public synchronized ApiError error() {
        return error;
    }

    synchronized void fail(ApiError value, Instant at) {
        error = value;
        lastFailedUpdate = at;
    }

    synchronized void repair(Instant at) {
        error = null;
        lastSuccessfulUpdate = at;
    }

    public synchronized Instant lastSuccessfulUpdate() {
        return lastSuccessfulUpdate;
    }

    public synchronized Instant lastFailedUpdate() {
        return lastFailedUpdate;
    }

    synchronized void updated(Instant at) {
        lastSuccessfulUpdate = at;
    }

    public synchronized Instant lastWebhookSentAt() {
        return lastWebhookSentAt;
    }

    public synchronized String lastWebhookCode() {
        return lastWebhookCode;
    }

    public synchronized void webhookSent(String code, Instant at) {
        lastWebhookCode = code;
        lastWebhookSentAt = at;
    }

    public synchronized boolean removed() {
        return removed;
    }

    synchronized void markRemoved() {
        removed = true;
    }
}
