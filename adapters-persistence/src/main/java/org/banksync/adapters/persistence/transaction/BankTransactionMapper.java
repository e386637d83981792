package org.banksync.adapters.persistence.transaction;

import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.banksync.domain.transaction.Tombstone;
import org.banksync.domain.transaction.TombstoneReason;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionSource;
import org.banksync.domain.transaction.TransactionStatus;

/** Translates between {@link BankTransaction} and {@link BankTransactionEntity}. */
final class BankTransactionMapper {
    private BankTransactionMapper() {
    }

    static BankTransaction toDomain(BankTransactionEntity row) {
        Tombstone tombstone = row.deletedAt == null ? null : new Tombstone(row.deletedAt,
                TombstoneReason.valueOf(row.deletedReason), row.replacedBy == null ? null : TransactionId.of(row.replacedBy));
        return BankTransaction.reconstitute(TransactionId.of(row.id), BankAccountId.of(row.bankAccountId),
                TransactionSource.fromWireName(row.source), ExternalRef.of(row.externalId), row.bookingDate, row.valueDate,
                new Money(row.amount, CurrencyCode.of(row.currency)), row.description, row.rawDescription,
                row.operationType, row.providerCategoryExternalId,
                row.categoryId == null ? null : CategoryId.of(row.categoryId),
                row.categorySource == null ? null : CategorySource.valueOf(row.categorySource),
                TransactionStatus.valueOf(row.status), tombstone, row.sourceUpdatedAt, row.updatedAt);
    }

    static void copy(BankTransaction transaction, BankTransactionEntity row) {
        row.id = transaction.id().value();
        row.bankAccountId = transaction.bankAccountId().value();
        row.source = transaction.source().wireName();
        row.externalId = transaction.externalId().value();
        row.bookingDate = transaction.bookingDate();
        row.valueDate = transaction.valueDate();
        row.amount = transaction.amount().amount();
        row.currency = transaction.amount().currency().code();
        row.description = transaction.description();
        row.rawDescription = transaction.rawDescription();
        row.operationType = transaction.operationType();
        row.providerCategoryExternalId = transaction.providerCategoryExternalId();
        row.categoryId = transaction.categoryId() == null ? null : transaction.categoryId().value();
        row.categorySource = transaction.categorySource() == null ? null : transaction.categorySource().name();
        row.status = transaction.status().name();
        Tombstone tombstone = transaction.tombstone();
        row.deletedAt = tombstone == null ? null : tombstone.deletedAt();
        row.deletedReason = tombstone == null ? null : tombstone.reason().name();
        row.replacedBy = tombstone == null || tombstone.replacedBy() == null ? null : tombstone.replacedBy().value();
        row.sourceUpdatedAt = transaction.sourceUpdatedAt();
        row.updatedAt = transaction.updatedAt();
    }
}
