package org.banksync.adapters.web.api.transaction;

import org.banksync.domain.transaction.BankTransaction;

/** A transaction as the API shows it (API.md "Transaction"); the amount is a decimal string at least at the currency's scale. */
public record TransactionView(String id, String bankAccountId, String source, String externalId, String bookingDate,
                              String valueDate, String amount, String currency, String description, String rawDescription,
                              String operationType, String categoryId, String categorySource, String providerCategoryId,
                              String status, String updatedAt, boolean deleted, String replacedBy) {

    public static TransactionView of(BankTransaction transaction) {
        var tombstone = transaction.tombstone();
        return new TransactionView(transaction.id().toString(), transaction.bankAccountId().toString(),
                transaction.source().wireName(), transaction.externalId().value(), transaction.bookingDate().toString(),
                transaction.valueDate() == null ? null : transaction.valueDate().toString(),
                transaction.amount().amountAtCurrencyScale().toPlainString(), transaction.amount().currency().code(),
                transaction.description(), transaction.rawDescription(), transaction.operationType(),
                transaction.categoryId() == null ? null : transaction.categoryId().toString(),
                transaction.categorySource() == null ? null : transaction.categorySource().name(),
                transaction.providerCategoryExternalId(), transaction.status().name(), transaction.updatedAt().toString(),
                tombstone != null,
                tombstone == null || tombstone.replacedBy() == null ? null : tombstone.replacedBy().toString());
    }
}
