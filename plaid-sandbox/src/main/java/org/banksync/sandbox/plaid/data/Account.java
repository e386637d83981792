package org.banksync.sandbox.plaid.data;

import java.math.BigDecimal;

/**
 * An account of an Item as generated: Plaid's identity fields, the currency, its balance when the
 * history was generated (later changes move it), the share of transactionsPerAccount its history gets,
 * and the account numbers /auth/get reports.
 */
public record Account(String accountId, String name, String officialName, String mask, String type, String subtype,
                      String isoCurrencyCode, BigDecimal startingBalance, double rowShare, Numbers numbers) {

    /**
     * Account numbers: international (iban, bic) for EUR and GBP, bacs (account, sort code) for GBP, ach
     * (account, routing, wire routing) for USD. Absent kinds are null.
     */
    public record Numbers(String iban, String bic, String account, String sortCode, String routing,
                          String wireRouting) {
    }
}
