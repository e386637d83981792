package org.banksync.sandbox.bridge.world;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.banksync.sandbox.bridge.clock.SandboxClock;
import org.banksync.sandbox.bridge.data.AccountBlueprint;
import org.banksync.sandbox.bridge.data.AccountFactory;
import org.banksync.sandbox.bridge.data.AccountKind;
import org.banksync.sandbox.bridge.data.GenerationSettings;
import org.banksync.sandbox.bridge.data.Ids;
import org.banksync.sandbox.bridge.data.Provider;
import org.banksync.sandbox.bridge.data.RowGenerator;
import org.banksync.sandbox.bridge.data.Transaction;

/** Everything the sandbox holds, thread-safe; ids and uuids come from counters so runs repeat. */
public final class World {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

    private final GenerationSettings settings;
    private final SandboxClock clock;
    private final AccountFactory accountFactory;
    private final Map<Long, SandboxUser> users = new ConcurrentSkipListMap<>();
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, ConnectSession> sessions = new ConcurrentHashMap<>();
    private final Map<Long, Item> items = new ConcurrentSkipListMap<>();
    private final Map<Long, Account> accounts = new ConcurrentSkipListMap<>();
    private final AtomicLong userSeq = new AtomicLong();
    private final AtomicLong itemSeq = new AtomicLong();
    private final AtomicLong accountSeq = new AtomicLong();
    private final AtomicLong sessionSeq = new AtomicLong();

    public World(GenerationSettings settings, SandboxClock clock) {
        this.settings = settings;
        this.clock = clock;
        this.accountFactory = new AccountFactory(settings);
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized void reset() {
        users.clear();
        tokens.clear();
        sessions.clear();
        items.clear();
        accounts.clear();
        userSeq.set(0);
        itemSeq.set(0);
        accountSeq.set(0);
        sessionSeq.set(0);
    }

    // users and tokens

    public SandboxUser createUser(String externalUserId) {
        long seq = userSeq.incrementAndGet();
        SandboxUser user = new SandboxUser(seq, uuid("user", seq), externalUserId, now());
        users.put(seq, user);
        return user;
    }

    public List<SandboxUser> users() {
        return List.copyOf(users.values());
    }

    public Optional<SandboxUser> user(String uuid) {
        return users.values().stream().filter(user -> user.uuid().equals(uuid)).findFirst();
    }

    public Optional<SandboxUser> userByExternalId(String externalUserId) {
        return users.values().stream().filter(user -> externalUserId.equals(user.externalUserId())).findFirst();
    }

    /** Deletes a user with their items, accounts, tokens and sessions. */
    public boolean deleteUser(String uuid) {
        Optional<SandboxUser> user = user(uuid);
        user.ifPresent(found -> {
            users.remove(found.seq());
            itemsOf(uuid).forEach(item -> deleteItem(item.id()));
            tokens.values().removeIf(token -> token.userUuid().equals(uuid));
            sessions.values().removeIf(session -> session.userUuid().equals(uuid));
        });
        return user.isPresent();
    }

    public AccessToken issueToken(SandboxUser user) {
        String value = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        AccessToken token = new AccessToken(value, user.uuid(), now().plus(TOKEN_LIFETIME));
        tokens.put(value, token);
        return token;
    }

    public Optional<AccessToken> token(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    // connect sessions

    public String newSessionId() {
        return uuid("session", sessionSeq.incrementAndGet());
    }

    public void saveSession(ConnectSession session) {
        sessions.put(session.id(), session);
    }

    public Optional<ConnectSession> session(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    // items and accounts

    /** A new item for a user at a bank; when the outcome fetches data its accounts are generated. */
    public synchronized Item connectItem(String userUuid, Provider provider, String accountTypes, ConnectOutcome outcome) {
        long seq = itemSeq.incrementAndGet();
        Instant now = now();
        Item item = new Item(Ids.item(seq), userUuid, provider.id(), accountTypes, now, outcome);
        items.put(item.id(), item);
        if (outcome.fetchesData()) {
            List<AccountBlueprint> blueprints =
                    accountFactory.accountsFor(seq, accountSeq.get() + 1, provider, now);
            accountSeq.addAndGet(blueprints.size());
            RowGenerator card = blueprints.stream().filter(bp -> bp.kind() == AccountKind.CARD).findFirst()
                    .map(bp -> new RowGenerator(settings.seed(), bp, provider.name(), null)).orElse(null);
            for (AccountBlueprint blueprint : blueprints) {
                RowGenerator generator = blueprint.kind() == AccountKind.CARD ? card
                        : new RowGenerator(settings.seed(), blueprint, provider.name(), card);
                accounts.put(blueprint.id(), new Account(blueprint, userUuid, generator));
                item.addAccount(blueprint.id());
            }
        }
        return item;
    }

    /** The connect page re-authenticated an existing item. */
    public void reauthenticate(Item item, ConnectOutcome outcome, String accountTypes) {
        item.apply(outcome, now());
        if (accountTypes != null) {
            item.setAccountTypes(accountTypes);
        }
    }

    public Optional<Item> item(long id) {
        return Optional.ofNullable(items.get(id));
    }

    public List<Item> itemsOf(String userUuid) {
        return items.values().stream().filter(item -> item.userUuid().equals(userUuid)).toList();
    }

    public boolean deleteItem(long id) {
        Item removed = items.remove(id);
        if (removed != null) {
            accounts.values().removeIf(account -> account.itemId() == id);
        }
        return removed != null;
    }

    public Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** A user's accounts in id order (also transaction id order). */
    public List<Account> accountsOf(String userUuid) {
        return accounts.values().stream().filter(account -> account.userUuid().equals(userUuid)).toList();
    }

    public List<Account> accountsOfItem(long itemId) {
        return accounts.values().stream().filter(account -> account.itemId() == itemId).toList();
    }

    // transactions

    public Optional<Transaction> transaction(long id) {
        return accountOfTransaction(id).flatMap(account -> account.ledger().row(Ids.rowOfTransaction(id)));
    }

    public Optional<Account> accountOfTransaction(long transactionId) {
        long seq = Ids.accountSeqOfTransaction(transactionId);
        return seq < 0 ? Optional.empty() : account(Ids.account(seq));
    }

    /** A new row at the end of an account's ledger; the balance follows. */
    public Transaction addTransaction(Account account, LongFunction<Transaction> build) {
        Transaction row = account.ledger().append(build);
        account.adjustBalance(effect(row));
        account.recordCreated();
        return row;
    }

    /** Changes a row in place (the change sets updated_at); counts it as updated or deleted. */
    public Optional<Transaction> changeTransaction(long transactionId, UnaryOperator<Transaction> change) {
        Optional<Account> account = accountOfTransaction(transactionId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        List<Transaction> before = new ArrayList<>(1);
        Optional<Transaction> after = account.get().ledger().update(Ids.rowOfTransaction(transactionId), current -> {
            before.add(current);
            return change.apply(current);
        });
        after.ifPresent(updated -> {
            Transaction old = before.get(0);
            account.get().adjustBalance(effect(updated).subtract(effect(old)));
            if (updated.deleted() && !old.deleted()) {
                account.get().recordDeleted();
            } else {
                account.get().recordUpdated();
            }
        });
        return after;
    }

    private static BigDecimal effect(Transaction row) {
        return row.deleted() || row.future() ? BigDecimal.ZERO : row.amount();
    }

    private String uuid(String kind, long seq) {
        return UUID.nameUUIDFromBytes((settings.seed() + ":" + kind + ":" + seq).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
