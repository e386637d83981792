package org.banksync.sandbox.plaid.world;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.banksync.sandbox.plaid.clock.SandboxClock;
import org.banksync.sandbox.plaid.data.GenerationSettings;
import org.banksync.sandbox.plaid.data.HistoryGenerator;
import org.banksync.sandbox.plaid.data.Ids;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.data.Transaction;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * Everything the sandbox holds: link tokens and their hosted sessions, public tokens, Items with their
 * accounts and change logs, and the switches of the sync engine. Thread-safe; ids derive from the seed
 * and counters, so a run repeats.
 */
public final class World {

    public static final Duration PUBLIC_TOKEN_LIFETIME = Duration.ofMinutes(30);
    public static final Duration LINK_TOKEN_LIFETIME = Duration.ofHours(4);
    public static final Duration UPDATE_LINK_TOKEN_LIFETIME = Duration.ofMinutes(30);
    public static final Duration PENDING_EXPIRATION_NOTICE = Duration.ofDays(7);
    public static final int DEFAULT_DAYS_REQUESTED = 90;

    private record PublicToken(String token, String itemId, Instant expiresAt) {
    }

    /** What a /transactions/sync call gets: a page, or NOT_READY while the first history is being "pulled". */
    public record SyncResult(SyncPage page, boolean notReady) {
    }

    private final GenerationSettings settings;
    private final SandboxClock clock;
    private final HistoryGenerator generator;
    private final boolean initialNotReadyDefault;
    private final boolean nettedDefault;
    private volatile WorldEvents events = WorldEvents.NONE;
    private volatile boolean netted;
    private volatile boolean initialNotReady;

    private final Map<String, LinkToken> linkTokens = new ConcurrentHashMap<>();
    private final Map<String, LinkToken> hostedSessions = new ConcurrentHashMap<>();
    private final Map<String, PublicToken> publicTokens = new ConcurrentHashMap<>();
    private final Map<String, Item> itemsById = new ConcurrentHashMap<>();
    private final Map<String, Item> itemsByToken = new ConcurrentHashMap<>();
    private final Map<String, Item> itemsByAccount = new ConcurrentHashMap<>();
    private final Map<String, Item> itemsByTransaction = new ConcurrentHashMap<>();
    private final AtomicLong itemSeq = new AtomicLong();
    private final AtomicLong addedSeq = new AtomicLong();
    private final AtomicInteger forcedMutations = new AtomicInteger();
    private final Map<String, AtomicInteger> forcedMutationsByItem = new ConcurrentHashMap<>();

    public World(GenerationSettings settings, SandboxClock clock, boolean netted, boolean initialNotReady) {
        this.settings = settings;
        this.clock = clock;
        this.generator = new HistoryGenerator(settings);
        this.nettedDefault = netted;
        this.initialNotReadyDefault = initialNotReady;
        this.netted = netted;
        this.initialNotReady = initialNotReady;
    }

    public void listen(WorldEvents listener) {
        this.events = listener;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return clock.today();
    }

    public long seed() {
        return settings.seed();
    }

    public synchronized void reset() {
        linkTokens.clear();
        hostedSessions.clear();
        publicTokens.clear();
        itemsById.clear();
        itemsByToken.clear();
        itemsByAccount.clear();
        itemsByTransaction.clear();
        itemSeq.set(0);
        addedSeq.set(0);
        forcedMutations.set(0);
        forcedMutationsByItem.clear();
        netted = nettedDefault;
        initialNotReady = initialNotReadyDefault;
    }

    // sync engine switches

    public boolean netted() {
        return netted;
    }

    public void setNetted(boolean value) {
        netted = value;
    }

    public boolean initialNotReady() {
        return initialNotReady;
    }

    public void setInitialNotReady(boolean value) {
        initialNotReady = value;
    }

    /** The next `times` /transactions/sync calls (of one Item, or of any when itemId is null) fail with the mutation error. */
    public void forceMutationDuringPagination(String itemId, int times) {
        if (itemId == null) {
            forcedMutations.set(times);
        } else {
            forcedMutationsByItem.computeIfAbsent(itemId, id -> new AtomicInteger()).set(times);
        }
    }

    private boolean consumeForcedMutation(String itemId) {
        AtomicInteger own = forcedMutationsByItem.get(itemId);
        if (own != null && own.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return true;
        }
        return forcedMutations.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    // link tokens

    public LinkToken createLinkToken(LinkToken.Spec spec, boolean withHostedSession) {
        Instant now = now();
        Instant expiration = now.plus(spec.updateMode() ? UPDATE_LINK_TOKEN_LIFETIME : LINK_TOKEN_LIFETIME);
        String hostedId = withHostedSession ? Ids.random() : null;
        LinkToken token = new LinkToken(Ids.token("link"), spec, now, expiration, hostedId,
                withHostedSession ? now.plusSeconds(spec.urlLifetimeSeconds()) : null);
        linkTokens.put(token.token(), token);
        if (hostedId != null) {
            hostedSessions.put(hostedId, token);
        }
        return token;
    }

    public Optional<LinkToken> linkToken(String token) {
        return Optional.ofNullable(linkTokens.get(token));
    }

    public Optional<LinkToken> hostedSession(String id) {
        return Optional.ofNullable(hostedSessions.get(id));
    }

    /** Ends a Link session (once); the LINK/SESSION_FINISHED webhook follows. False when it had already ended. */
    public boolean finishLinkSession(LinkToken token, LinkSession session) {
        if (!token.finish(session)) {
            return false;
        }
        events.linkSessionFinished(token, session);
        return true;
    }

    // items and tokens

    /** A new Item at the institution; its history is generated now when transactions is among the products. */
    public Item createItem(Institution institution, String webhook, List<String> products, int daysRequested) {
        long ordinal = itemSeq.incrementAndGet();
        Item item = new Item(Ids.stable(settings.seed(), "item", ordinal), ordinal, institution, Ids.token("access"),
                now(), webhook, products, daysRequested);
        item.setAccounts(generator.accounts(ordinal, institution));
        item.updated(now());
        itemsById.put(item.itemId(), item);
        itemsByToken.put(item.accessToken(), item);
        item.accounts().forEach(account -> itemsByAccount.put(account.accountId(), item));
        if (products.contains("transactions")) {
            startTransactions(item, daysRequested);
        }
        return item;
    }

    private void startTransactions(Item item, int daysRequested) {
        synchronized (item) {
            if (item.transactions() != Item.TransactionsState.NOT_STARTED) {
                return;
            }
            HistoryGenerator.History history = generator.history(item.ordinal(), item.accounts(), today(), daysRequested);
            item.setPostedSums(history.postedSums());
            for (HistoryGenerator.Event event : history.events()) {
                Transaction row = event.transaction();
                if (event.added()) {
                    item.log().add(row, false);
                    itemsByTransaction.put(row.transactionId(), item);
                } else {
                    item.log().remove(row.transactionId());
                }
            }
            item.startTransactions(daysRequested, initialNotReady);
        }
    }

    /** A public token for the Item: single use, 30 minutes on the sandbox clock. */
    public String issuePublicToken(Item item) {
        String token = Ids.token("public");
        publicTokens.put(token, new PublicToken(token, item.itemId(), now().plus(PUBLIC_TOKEN_LIFETIME)));
        return token;
    }

    /** Exchanges a public token (once) for its Item. */
    public Item exchange(String publicToken) {
        PublicToken found = publicTokens.remove(publicToken);
        if (found == null) {
            throw ApiError.invalidPublicToken("provided public token is in an invalid format, expired, or was already"
                    + " exchanged");
        }
        if (!now().isBefore(found.expiresAt())) {
            throw ApiError.invalidPublicToken("provided public token is expired. Public tokens expire 30 minutes after"
                    + " creation at which point they can no longer be exchanged");
        }
        Item item = itemsById.get(found.itemId());
        if (item == null) {
            throw ApiError.invalidPublicToken("the Item of this public token was removed");
        }
        return item;
    }

    /** The Item of an access token (INVALID_ACCESS_TOKEN when unknown or removed). */
    public Item item(String accessToken) {
        Item item = itemsByToken.get(accessToken);
        if (item == null || item.removed()) {
            throw ApiError.invalidAccessToken();
        }
        return item;
    }

    /** The Item of an access token when it can serve data: its error, if any, is the answer otherwise. */
    public Item healthyItem(String accessToken) {
        Item item = item(accessToken);
        ApiError error = item.error();
        if (error != null) {
            throw error;
        }
        return item;
    }

    public Optional<Item> itemById(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    public List<Item> items() {
        return List.copyOf(itemsById.values());
    }

    public void removeItem(Item item) {
        item.markRemoved();
        itemsById.remove(item.itemId());
        itemsByToken.remove(item.accessToken());
        item.accounts().forEach(account -> itemsByAccount.remove(account.accountId()));
        itemsByTransaction.values().removeIf(owner -> owner == item);
    }

    // item health and consent

    /**
     * Plays the consent clock of every Item up to now: PENDING_EXPIRATION once within 7 days of
     * consent_expiration_time, then ITEM_LOGIN_REQUIRED (OAUTH_CONSENT_EXPIRED) with an ERROR webhook.
     */
    public void tick() {
        Instant now = now();
        for (Item item : itemsById.values()) {
            Instant expiration = item.consentExpiration();
            if (expiration == null) {
                continue;
            }
            if (!now.isBefore(expiration.minus(PENDING_EXPIRATION_NOTICE)) && !item.pendingExpirationSent()) {
                item.markPendingExpirationSent();
                events.pendingExpiration(item);
            }
            if (!now.isBefore(expiration) && item.error() == null) {
                fail(item, consentExpired());
            }
        }
    }

    /** Consent runs out now: ITEM_LOGIN_REQUIRED (OAUTH_CONSENT_EXPIRED) and the ERROR webhook. */
    public void expireConsent(Item item) {
        item.setConsentExpiration(now());
        item.markPendingExpirationSent();
        fail(item, consentExpired());
    }

    /** As /sandbox/item/reset_login: ITEM_LOGIN_REQUIRED and the ERROR webhook. */
    public void resetLogin(Item item) {
        fail(item, ApiError.itemLoginRequired(null));
    }

    /** The user revoked access at the bank: ITEM_LOGIN_REQUIRED (OAUTH_USER_REVOKED), USER_PERMISSION_REVOKED webhook. */
    public void revoke(Item item) {
        ApiError error = ApiError.itemLoginRequired("OAUTH_USER_REVOKED");
        item.fail(error, now());
        events.permissionRevoked(item, error);
    }

    private void fail(Item item, ApiError error) {
        item.fail(error, now());
        events.itemError(item, error);
    }

    private static ApiError consentExpired() {
        return ApiError.itemLoginRequired("OAUTH_CONSENT_EXPIRED");
    }

    /** Update mode went through: the error is cleared, consent renewed (EU/UK), LOGIN_REPAIRED sent if it was broken. */
    public void repairThroughLink(Item item) {
        boolean wasBroken = item.error() != null;
        item.repair(now());
        if (item.institution().hasConsentExpiry()) {
            item.setConsentExpiration(now().plus(Duration.ofDays(item.institution().consentDays())));
        }
        if (wasBroken) {
            events.loginRepaired(item);
        }
    }

    // transactions

    /** One /transactions/sync call: starts the product if needed, then serves a page (or NOT_READY once). */
    public SyncResult sync(Item item, String accountFilter, Cursor cursor, int count, int daysRequested) {
        startTransactions(item, daysRequested);
        boolean first = item.markSynced();
        if (item.transactions() == Item.TransactionsState.NOT_READY) {
            item.markReady();
            if (first) {
                events.transactionsUpdated(item);
            }
            return new SyncResult(null, true);
        }
        if (consumeForcedMutation(item.itemId())) {
            throw ApiError.mutationDuringPagination();
        }
        return new SyncResult(SyncPage.read(item.log(), item.itemId(), accountFilter, cursor, count, netted), false);
    }

    public Optional<Item> itemOfAccount(String accountId) {
        return Optional.ofNullable(itemsByAccount.get(accountId));
    }

    public Optional<Item> itemOfTransaction(String transactionId) {
        return Optional.ofNullable(itemsByTransaction.get(transactionId));
    }

    /** Appends a new row to an account (the id is made here); SYNC_UPDATES_AVAILABLE follows. */
    public Transaction addTransaction(Item item, Function<String, Transaction> build) {
        startTransactions(item, item.daysRequested());
        Transaction row = build.apply(Ids.stable(settings.seed(), "added", addedSeq.incrementAndGet()));
        item.log().add(row, false);
        itemsByTransaction.put(row.transactionId(), item);
        changed(item);
        return row;
    }

    public Optional<Transaction> modifyTransaction(String transactionId, UnaryOperator<Transaction> change) {
        return itemOfTransaction(transactionId).flatMap(item -> {
            Optional<Transaction> changed = item.log().modify(transactionId, change);
            changed.ifPresent(row -> changed(item));
            return changed;
        });
    }

    public Optional<Transaction> removeTransaction(String transactionId) {
        return itemOfTransaction(transactionId).flatMap(item -> {
            Optional<Transaction> removed = item.log().remove(transactionId);
            removed.ifPresent(row -> changed(item));
            return removed;
        });
    }

    /**
     * Posts a pending row: removed(pending) + added(posted, new id, pending_transaction_id = the pending id).
     * Empty when the id is unknown or removed; IllegalStateException when the row is not pending.
     */
    public Optional<Transaction> postTransaction(String transactionId, UnaryOperator<Transaction> posting, boolean split,
                                                 boolean addedFirst) {
        Optional<Item> owner = itemOfTransaction(transactionId);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Item item = owner.get();
        Optional<Transaction> pending = item.log().live(transactionId);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        if (!pending.get().pending()) {
            throw new IllegalStateException("transaction " + transactionId + " is not pending");
        }
        String newId = Ids.stable(settings.seed(), "added", addedSeq.incrementAndGet());
        Transaction posted = posting.apply(pending.get().postedAs(newId, today(), pending.get().amount()));
        item.log().post(transactionId, posted, split, addedFirst);
        itemsByTransaction.put(posted.transactionId(), item);
        changed(item);
        return Optional.of(posted);
    }

    /** The live rows of an account, in the order they were added. */
    public List<Transaction> liveTransactions(Item item, String accountId) {
        List<Transaction> rows = new ArrayList<>();
        for (Transaction row : item.log().live()) {
            if (row.accountId().equals(accountId)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private void changed(Item item) {
        item.updated(now());
        events.transactionsUpdated(item);
    }
}
