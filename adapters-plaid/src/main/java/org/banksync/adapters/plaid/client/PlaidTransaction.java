package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A transaction row of {@code /transactions/sync} (amount exactly as written, positive = money out;
 * dates as the bank gives them). {@code pendingTransactionId} is, on a posted row, the pending row it
 * replaces.
 */
public record PlaidTransaction(String transactionId, String accountId, BigDecimal amount, String isoCurrencyCode,
                               String unofficialCurrencyCode, LocalDate date, LocalDate authorizedDate, boolean pending,
                               String pendingTransactionId, String name, String merchantName,
                               String originalDescription, String paymentChannel, String transactionCode,
                               String categoryPrimary, String categoryDetailed) {

    /** Reads one row; a row that cannot be used throws {@link IllegalArgumentException} naming the field. */
    static PlaidTransaction from(JsonObject row) {
        BigDecimal amount = WireJson.decimal(row, "amount");
        if (amount == null) {
            throw new WireJson.BadField("amount", "is missing");
        }
        LocalDate date = WireJson.date(row, "date");
        if (date == null) {
            throw new WireJson.BadField("date", "is missing");
        }
        JsonObject category = WireJson.child(row, "personal_finance_category");
        return new PlaidTransaction(WireJson.required(row, "transaction_id"), WireJson.raw(row, "account_id"), amount,
                WireJson.raw(row, "iso_currency_code"), WireJson.raw(row, "unofficial_currency_code"), date,
                WireJson.date(row, "authorized_date"), WireJson.flag(row, "pending"),
                WireJson.raw(row, "pending_transaction_id"), WireJson.raw(row, "name"), WireJson.raw(row, "merchant_name"),
                WireJson.raw(row, "original_description"), WireJson.raw(row, "payment_channel"),
                WireJson.raw(row, "transaction_code"), WireJson.raw(category, "primary"),
                WireJson.raw(category, "detailed"));
    }
}
