package org.banksync.sandbox.plaid.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A transaction as Plaid describes it (the main fields of /transactions/sync's Transaction, read from the
 * same JSON), so ground truth and sync results compare with equals. amount: + is money out.
 */
public record TransactionRecord(String transactionId, String accountId, BigDecimal amount, String isoCurrencyCode,
                                LocalDate date, LocalDate authorizedDate, boolean pending, String pendingTransactionId,
                                String name, String merchantName, String originalDescription, String paymentChannel,
                                Category personalFinanceCategory, String transactionCode) {

    /** personal_finance_category. */
    public record Category(String primary, String detailed, String confidenceLevel, String version) {
    }
}
