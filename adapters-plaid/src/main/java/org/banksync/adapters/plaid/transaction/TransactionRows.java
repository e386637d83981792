package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.category.PfcTaxonomy;
import org.banksync.adapters.plaid.client.PlaidTransaction;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

/**
 * One Plaid row in Banksync's terms (README, "Mapping"). The sign turns (Plaid's positive is money
 * out, Banksync's negative is) without rounding; the operation date is when the card was used, the
 * booking date when the bank posted it; a pending row is a future one. A row with only an unofficial
 * currency (crypto) is refused.
 */
final class TransactionRows {

    private TransactionRows() {
    }

    /** The row under {@code key}, its Banksync identity (not always its own transaction id). */
    static SourceTransaction translate(PlaidTransaction row, String key, PfcTaxonomy taxonomy) {
        if (row.isoCurrencyCode() == null) {
            throw new DomainViolation("currency", row.unofficialCurrencyCode() == null
                    ? "Plaid gave no currency"
                    : "Plaid gives only the unofficial currency " + row.unofficialCurrencyCode()
                    + "; Banksync stores official ISO 4217 currencies only (crypto-currencies are not supported)");
        }
        Money amount = new Money(row.amount().negate(), CurrencyCode.of(row.isoCurrencyCode()));
        return new SourceTransaction(TransactionSource.PLAID, ExternalRef.of(key),
                row.authorizedDate() != null ? row.authorizedDate() : row.date(), row.date(), null, amount,
                row.merchantName() != null && !row.merchantName().isBlank() ? row.merchantName() : row.name(),
                row.originalDescription() != null && !row.originalDescription().isBlank() ? row.originalDescription() : row.name(),
                row.transactionCode() != null ? row.transactionCode() : row.paymentChannel(),
                taxonomy.categoryOf(row.categoryPrimary(), row.categoryDetailed()), row.pending(), false, null);
    }

    /** The row stored under {@code key} is gone at the bank. */
    static SourceTransaction deletion(String key) {
        return SourceTransaction.deletion(TransactionSource.PLAID, ExternalRef.of(key), null);
    }
}
