package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transaction row (amount exactly as written; dates as the bank gives them; the three optional
 * dates may be null). Read for the synchronisation.
 */
public record BridgeTransaction(long id, long accountId, BigDecimal amount, String currencyCode, LocalDate date,
                                LocalDate bookingDate, LocalDate transactionDate, LocalDate valueDate,
                                Instant updatedAt, String cleanDescription, String providerDescription,
                                String operationType, Long categoryId, boolean deleted, boolean future) {

    /** Reads one row; a row that cannot be used throws {@link IllegalArgumentException} naming the field. */
    static BridgeTransaction from(JsonObject row) {
        String amount = WireJson.required(row, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new WireJson.BadField("amount", "'" + amount + "' is not a number");
        }
        LocalDate date = WireJson.date(row, "date");
        if (date == null) {
            throw new WireJson.BadField("date", "is missing");
        }
        return new BridgeTransaction(Long.parseLong(WireJson.required(row, "id")),
                Long.parseLong(WireJson.required(row, "account_id")), value, WireJson.raw(row, "currency_code"), date,
                WireJson.date(row, "booking_date"), WireJson.date(row, "transaction_date"),
                WireJson.date(row, "value_date"), WireJson.instant(row, "updated_at"),
                WireJson.raw(row, "clean_description"), WireJson.raw(row, "provider_description"),
                WireJson.raw(row, "operation_type"), WireJson.integer(row, "category_id"),
                WireJson.flag(row, "deleted"), WireJson.flag(row, "future"));
    }
}
