package org.banksync.sandbox.plaid.control;

import java.math.BigDecimal;

/**
 * An account as the control API reports it: Plaid's identity fields, the currency, the balances and
 * the account numbers (iban and bic for EUR and GBP; sort_code for GBP; routing for USD).
 */
public record AccountRecord(String accountId, String name, String officialName, String mask, String type,
                            String subtype, String isoCurrencyCode, String iban, String bic, String accountNumber,
                            String sortCode, String routing, BigDecimal availableBalance, BigDecimal currentBalance) {
}
