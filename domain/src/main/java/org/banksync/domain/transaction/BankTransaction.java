package org.banksync.domain.transaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.shared.Require;

/**
 * A transaction of a bank account, unique by (account, source, external id). Sources update it in place;
 * a deletion at the source leaves a tombstone, and a tombstoned transaction never comes back to life.
 */
public final class BankTransaction {

    private final TransactionId id;
    private final BankAccountId bankAccountId;
    private final TransactionSource source;
    private final ExternalRef externalId;
    private SourceFields fields;
    private CategoryId categoryId;
    private CategorySource categorySource;
    private Tombstone tombstone;
    private Instant updatedAt;

    private BankTransaction(TransactionId id, BankAccountId bankAccountId, TransactionSource source,
            ExternalRef externalId, SourceFields fields, CategoryId categoryId, CategorySource categorySource,
            Tombstone tombstone, Instant updatedAt) {
        this.id = Require.present(id, "id");
        this.bankAccountId = Require.present(bankAccountId, "bankAccountId");
        this.source = Require.present(source, "source");
        this.externalId = Require.present(externalId, "externalId");
        this.fields = fields;
        if ((categoryId == null) != (categorySource == null)) {
            throw new DomainViolation("categorySource", "a category and who set it go together");
        }
        this.categoryId = categoryId;
        this.categorySource = categorySource;
        this.tombstone = tombstone;
        this.updatedAt = Require.present(updatedAt, "updatedAt");
    }

    /** A new transaction from a live source row, with the provider's category when one is resolved. */
    public static BankTransaction record(BankAccountId bankAccountId, SourceTransaction row,
            CategoryId providerCategory, Clock clock) {
        if (row.deleted()) {
            throw new DomainViolation("deleted", "transaction " + row.externalId() + " is deleted at its source; nothing to record");
        }
        return new BankTransaction(TransactionId.newId(), bankAccountId, row.source(), row.externalId(),
                SourceFields.from(row), providerCategory, providerCategory == null ? null : CategorySource.PROVIDER,
                null, clock.instant());
    }

    /** A stored transaction, for persistence mappers only. */
    public static BankTransaction reconstitute(TransactionId id, BankAccountId bankAccountId, TransactionSource source,
            ExternalRef externalId, LocalDate bookingDate, LocalDate valueDate, Money amount, String description,
            String rawDescription, String operationType, String providerCategoryExternalId, CategoryId categoryId,
            CategorySource categorySource, TransactionStatus status, Tombstone tombstone, Instant sourceUpdatedAt,
            Instant updatedAt) {
        SourceFields fields = new SourceFields(bookingDate, valueDate, amount, description, rawDescription,
                operationType, providerCategoryExternalId, status, sourceUpdatedAt);
        return new BankTransaction(id, bankAccountId, source, externalId, fields, categoryId, categorySource,
                tombstone, updatedAt);
    }

    /** True when the row is older than what is stored (a stale re-read), so it must change nothing. */
    public boolean isNewerThan(SourceTransaction row) {
        Instant known = fields.sourceUpdatedAt();
        return known != null && row.updatedAt() != null && row.updatedAt().isBefore(known);
    }

    /** True when applying the row would change something visible (its fields, status or the provider's category). */
    public boolean differsFrom(SourceTransaction row, CategoryId providerCategory) {
        if (row.deleted()) {
            return isLive();
        }
        return !fields.mergedWith(row).equals(fields) || !Objects.equals(categoryAfterProvider(providerCategory), categoryId);
    }

    /** Takes a source row's values; a deleted row tombstones, a stale one is ignored. Returns whether anything changed. */
    public boolean applySource(SourceTransaction row, CategoryId providerCategory, Clock clock) {
        refuseSourceChangeOnTombstone();
        if (row.source() != source || !row.externalId().equals(externalId)) {
            throw new DomainViolation("externalId", "row " + row.source().wireName() + "/" + row.externalId()
                    + " is not transaction " + source.wireName() + "/" + externalId);
        }
        if (isNewerThan(row)) {
            return false;
        }
        if (row.deleted()) {
            return tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock);
        }
        if (!differsFrom(row, providerCategory)) {
            return false;
        }
        fields = fields.mergedWith(row);
        setProviderCategory(providerCategory);
        updatedAt = clock.instant();
        return true;
    }

    /** Uses the provider's category unless a user or a rule chose one; null clears a provider category. */
    public boolean applyProviderCategory(CategoryId providerCategory, Clock clock) {
        refuseSourceChangeOnTombstone();
        if (Objects.equals(categoryAfterProvider(providerCategory), categoryId)) {
            return false;
        }
        setProviderCategory(providerCategory);
        updatedAt = clock.instant();
        return true;
    }

    /** The user's choice: wins over every later sync. */
    public void assignCategoryByUser(CategoryId category, Clock clock) {
        Require.present(category, "categoryId");
        if (tombstone != null) {
            throw new DomainViolation("categoryId", "transaction " + id + " is deleted; its category cannot change");
        }
        this.categoryId = category;
        this.categorySource = CategorySource.USER;
        this.updatedAt = clock.instant();
    }

    /** A pending transaction posted under the same id: BOOKED in place, on the given day if known. */
    public boolean markBooked(LocalDate bookingDate, Clock clock) {
        refuseSourceChangeOnTombstone();
        if (fields.status() == TransactionStatus.BOOKED) {
            return false;
        }
        fields = fields.booked(bookingDate);
        updatedAt = clock.instant();
        return true;
    }

    /**
     * Ends the transaction's life. A second deletion changes nothing, except that a deletion at the source
     * becomes REPLACED when the replacement shows up afterwards (providers may send both in any order).
     */
    public boolean tombstone(TombstoneReason reason, TransactionId replacedBy, Clock clock) {
        boolean upgrade = tombstone != null && tombstone.reason() == TombstoneReason.DELETED_AT_SOURCE
                && reason == TombstoneReason.REPLACED;
        if (tombstone != null && !upgrade) {
            return false;
        }
        Instant now = clock.instant();
        tombstone = new Tombstone(upgrade ? tombstone.deletedAt() : now, reason, replacedBy);
        updatedAt = now;
        return true;
    }

    /** This posted transaction takes the place of a pending one with another id: tombstones it, inherits the user's category. */
    public void supersede(BankTransaction pending, Clock clock) {
        if (!pending.bankAccountId.equals(bankAccountId) || pending.id.equals(id)) {
            throw new DomainViolation("replacedBy", "transaction " + id + " cannot replace " + pending.id);
        }
        pending.tombstone(TombstoneReason.REPLACED, id, clock);
        if (pending.categorySource == CategorySource.USER && categorySource != CategorySource.USER) {
            assignCategoryByUser(pending.categoryId, clock);
        }
    }

    public boolean isLive() {
        return tombstone == null;
    }

    private void refuseSourceChangeOnTombstone() {
        if (tombstone != null) {
            throw new DomainViolation("deleted", "transaction " + source.wireName() + "/" + externalId
                    + " is deleted; a source cannot change it any more");
        }
    }

    private CategoryId categoryAfterProvider(CategoryId providerCategory) {
        return categorySource == CategorySource.USER || categorySource == CategorySource.RULE ? categoryId : providerCategory;
    }

    private void setProviderCategory(CategoryId providerCategory) {
        if (categorySource == CategorySource.USER || categorySource == CategorySource.RULE) {
            return;
        }
        categoryId = providerCategory;
        categorySource = providerCategory == null ? null : CategorySource.PROVIDER;
    }

    public TransactionId id() {
        return id;
    }

    public BankAccountId bankAccountId() {
        return bankAccountId;
    }

    public TransactionSource source() {
        return source;
    }

    public ExternalRef externalId() {
        return externalId;
    }

    public LocalDate bookingDate() {
        return fields.bookingDate();
    }

    public LocalDate valueDate() {
        return fields.valueDate();
    }

    public Money amount() {
        return fields.amount();
    }

    public String description() {
        return fields.description();
    }

    public String rawDescription() {
        return fields.rawDescription();
    }

    public String operationType() {
        return fields.operationType();
    }

    public String providerCategoryExternalId() {
        return fields.providerCategoryExternalId();
    }

    public CategoryId categoryId() {
        return categoryId;
    }

    public CategorySource categorySource() {
        return categorySource;
    }

    public TransactionStatus status() {
        return fields.status();
    }

    public Tombstone tombstone() {
        return tombstone;
    }

    public Instant sourceUpdatedAt() {
        return fields.sourceUpdatedAt();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankTransaction transaction && id.equals(transaction.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "BankTransaction[" + id + ", " + source.wireName() + "/" + externalId + ", " + fields.amount()
                + (isLive() ? "" : ", " + tombstone.reason()) + "]";
    }
}
