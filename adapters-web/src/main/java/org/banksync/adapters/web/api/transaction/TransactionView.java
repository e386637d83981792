package org.banksync.adapters.web.api.transaction;

import org.banksync.domain.transaction.BankTransaction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A transaction as the API shows it (API.md "Transaction"); the amount is a decimal string at least at the currency's scale. */
@Schema(name = "Transaction", description = "A bank transaction (API.md \"Transaction\"); with updatedSince, tombstones"
        + " (deleted: true) come too.")
public record TransactionView(
        @Schema(description = "The transaction's identifier.") String id,
        @Schema(description = "The bank account's identifier.") String bankAccountId,
        @Schema(description = "Where it came from.", enumeration = {"bridge", "plaid", "camt053", "ofx", "csv"}) String source,
        @Schema(description = "The source's identifier of the transaction.") String externalId,
        @Schema(description = "The booking date.", format = "date", example = "2026-11-25") String bookingDate,
        @Schema(description = "The value date.", format = "date", nullable = true) String valueDate,
        @Schema(description = "The amount, a decimal string at least at the currency's scale; negative is money out.",
                format = "decimal", example = "-194.00") String amount,
        @Schema(description = "ISO 4217 currency code.", example = "EUR") String currency,
        @Schema(description = "The cleaned description.", nullable = true) String description,
        @Schema(description = "The description as the bank gave it.", nullable = true) String rawDescription,
        @Schema(description = "The bank's operation type.", nullable = true, example = "card") String operationType,
        @Schema(description = "The category's identifier.", nullable = true) String categoryId,
        @Schema(description = "Who chose the category.", nullable = true, enumeration = {"PROVIDER", "USER", "RULE"})
        String categorySource,
        @Schema(description = "The aggregator's category identifier.", nullable = true) String providerCategoryId,
        @Schema(description = "Its status at the bank.", enumeration = {"PENDING", "BOOKED"}) String status,
        @Schema(description = "When Banksync last changed it (UTC).", format = "date-time") String updatedAt,
        @Schema(description = "True for a tombstone: the transaction is gone at the source.") boolean deleted,
        @Schema(description = "The transaction that replaces it (tombstones only).", nullable = true) String replacedBy) {

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
