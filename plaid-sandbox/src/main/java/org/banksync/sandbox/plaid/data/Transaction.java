package org.banksync.sandbox.plaid.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction as the sandbox stores it (a snapshot: changes make new snapshots). amount follows
 * Plaid's sign: positive = money out of the account, negative = money in. The category is kept as a
 * PFCv2 detailed value; the API view derives primary, version and icon.
 */
public record Transaction(String transactionId, String accountId, BigDecimal amount, String isoCurrencyCode,
                          LocalDate date, LocalDate authorizedDate, boolean pending, String pendingTransactionId,
                          String name, String merchantName, String originalDescription, String paymentChannel,
                          String pfcDetailed, String confidenceLevel, String transactionCode, String city,
                          String country, String website) {

    public Transaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pfcDetailed, "pfcDetailed");
    }

    public Transaction withAmount(BigDecimal value) {
        return new Transaction(transactionId, accountId, value, isoCurrencyCode, date, authorizedDate, pending,
                pendingTransactionId, name, merchantName, originalDescription, paymentChannel, pfcDetailed,
                confidenceLevel, transactionCode, city, country, website);
    }

    public Transaction withDate(LocalDate value) {
        return new Transaction(transactionId, accountId, amount, isoCurrencyCode, value, authorizedDate, pending,
                pendingTransactionId, name, merchantName, originalDescription, paymentChannel, pfcDetailed,
                confidenceLevel, transactionCode, city, country, website);
    }

    public Transaction withName(String value) {
        return new Transaction(transactionId, accountId, amount, isoCurrencyCode, date, authorizedDate, pending,
                pendingTransactionId, value, merchantName, originalDescription, paymentChannel, pfcDetailed,
                confidenceLevel, transactionCode, city, country, website);
    }

    public Transaction withMerchantName(String value) {
        return new Transaction(transactionId, accountId, amount, isoCurrencyCode, date, authorizedDate, pending,
                pendingTransactionId, name, value, originalDescription, paymentChannel, pfcDetailed,
                confidenceLevel, transactionCode, city, country, website);
    }

    public Transaction withCategory(String detailed) {
        return new Transaction(transactionId, accountId, amount, isoCurrencyCode, date, authorizedDate, pending,
                pendingTransactionId, name, merchantName, originalDescription, paymentChannel, detailed,
                "VERY_HIGH", transactionCode, city, country, website);
    }

    /** The posted row that replaces this pending one: a new id, pending_transaction_id = this id. */
    public Transaction postedAs(String newId, LocalDate postedOn, BigDecimal postedAmount) {
        return new Transaction(newId, accountId, postedAmount, isoCurrencyCode, postedOn,
                authorizedDate != null ? authorizedDate : date, false, transactionId, name, merchantName,
                originalDescription, paymentChannel, pfcDetailed, confidenceLevel, transactionCode, city, country,
                website);
    }

    /** The pending row this posted one came from (for generated history): the given id, dated authorized_date. */
    public Transaction asPendingPredecessor(String pendingId) {
        LocalDate day = authorizedDate != null ? authorizedDate : date;
        return new Transaction(pendingId, accountId, amount, isoCurrencyCode, day, day, true, null, name,
                merchantName, originalDescription, paymentChannel, pfcDetailed, confidenceLevel, transactionCode, city,
                country, website);
    }
}
