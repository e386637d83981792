package org.banksync.sandbox.plaid.control;

import java.time.Instant;
import java.util.List;

/**
 * An Item as the control API reports it, with its access token, its accounts and its state. publicToken
 * is set only in the answer to createItem (a fresh, unexchanged public token for the Item).
 */
public record ItemRecord(String itemId, String accessToken, String publicToken, String institutionId,
                         String institutionName, String webhook, Instant createdAt, Instant consentExpirationTime,
                         String errorCode, String errorCodeReason, List<AccountRecord> accounts) {

    public ItemRecord {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The first account in a currency (EUR, GBP, USD). */
    public AccountRecord account(String isoCurrencyCode) {
        return accounts.stream().filter(account -> account.isoCurrencyCode().equals(isoCurrencyCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + isoCurrencyCode + " account in item " + itemId));
    }

    /** The first account: the checking account of every seeded bank. */
    public AccountRecord firstAccount() {
        return accounts.get(0);
    }
}
