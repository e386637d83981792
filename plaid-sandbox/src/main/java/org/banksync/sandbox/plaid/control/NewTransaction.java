package org.banksync.sandbox.plaid.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A transaction to add to an account. Only amount is required (+ = money out). Defaults: date = the
 * sandbox's today, name "Sandbox transaction", no merchant, posted, category
 * GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE (money out) or TRANSFER_IN_DEPOSIT (money in),
 * original_description = the name in capitals, payment_channel "other", transaction_code "purchase" /
 * "transfer" on EUR and GBP accounts (none on USD), authorized_date = date.
 */
public record NewTransaction(BigDecimal amount, LocalDate date, String name, String merchantName, Boolean pending,
                             String personalFinanceCategoryDetailed, String originalDescription,
                             String paymentChannel, String transactionCode, LocalDate authorizedDate) {

    public static NewTransaction of(String amount, LocalDate date, String name) {
        return new NewTransaction(new BigDecimal(amount), date, name, null, null, null, null, null, null, null);
    }

    public NewTransaction asPending() {
        return new NewTransaction(amount, date, name, merchantName, true, personalFinanceCategoryDetailed,
                originalDescription, paymentChannel, transactionCode, authorizedDate);
    }

    public NewTransaction withMerchant(String merchant) {
        return new NewTransaction(amount, date, name, merchant, pending, personalFinanceCategoryDetailed,
                originalDescription, paymentChannel, transactionCode, authorizedDate);
    }

    public NewTransaction withCategory(String detailed) {
        return new NewTransaction(amount, date, name, merchantName, pending, detailed, originalDescription,
                paymentChannel, transactionCode, authorizedDate);
    }
}
