package org.banksync.domain.transaction;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;

/**
 * What one incoming source row does to the stored transaction with the same key (DESIGN.md section 4.3):
 * a new row is created, a changed one updated, a deleted one tombstoned; a tombstone is never revived,
 * a stale or identical row changes nothing, and a user's category survives.
 */
public final class TransactionUpsertDecision {

    /** The four outcomes, counted in a sync run's progress. */
    public enum Action { CREATE, UPDATE, DELETE, UNCHANGED }

    private final Action action;
    private final BankAccountId bankAccountId;
    private final BankTransaction stored;
    private final SourceTransaction incoming;
    private final CategoryId providerCategory;

    private TransactionUpsertDecision(Action action, BankAccountId bankAccountId, BankTransaction stored,
            SourceTransaction incoming, CategoryId providerCategory) {
        this.action = action;
        this.bankAccountId = bankAccountId;
        this.stored = stored;
        this.incoming = incoming;
        this.providerCategory = providerCategory;
    }

    /**
     * Decides without changing anything.
     *
     * @param stored the transaction stored under the row's key, or null
     * @param providerCategory the category the row's provider category resolves to, or null
     */
    public static TransactionUpsertDecision decide(BankAccountId bankAccountId, BankTransaction stored,
            SourceTransaction incoming, CategoryId providerCategory) {
        Objects.requireNonNull(bankAccountId, "bankAccountId");
        Objects.requireNonNull(incoming, "incoming");
        if (stored != null && (stored.source() != incoming.source() || !stored.externalId().equals(incoming.externalId()))) {
            throw new IllegalArgumentException("stored " + stored + " does not have the key of the incoming row "
                    + incoming.source().wireName() + "/" + incoming.externalId());
        }
        return new TransactionUpsertDecision(actionFor(stored, incoming, providerCategory), bankAccountId, stored,
                incoming, providerCategory);
    }

    private static Action actionFor(BankTransaction stored, SourceTransaction incoming, CategoryId providerCategory) {
        if (stored == null) {
            return incoming.deleted() ? Action.UNCHANGED : Action.CREATE;
        }
        if (!stored.isLive() || stored.isNewerThan(incoming)) {
            return Action.UNCHANGED;
        }
        if (incoming.deleted()) {
            return Action.DELETE;
        }
        return stored.differsFrom(incoming, providerCategory) ? Action.UPDATE : Action.UNCHANGED;
    }

    public Action action() {
        return action;
    }

    /** Carries the decision out: the transaction to save, or empty when nothing is to be written. */
    public Optional<BankTransaction> apply(Clock clock) {
        return switch (action) {
            case CREATE -> Optional.of(BankTransaction.record(bankAccountId, incoming, providerCategory, clock));
            case UPDATE, DELETE -> {
                stored.applySource(incoming, providerCategory, clock);
                yield Optional.of(stored);
            }
            case UNCHANGED -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return action + " " + incoming.source().wireName() + "/" + incoming.externalId();
    }
}
