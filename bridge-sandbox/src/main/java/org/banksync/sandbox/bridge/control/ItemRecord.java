package org.banksync.sandbox.bridge.control;

import java.time.Instant;
import java.util.List;

/** An item as the control API reports it, with its accounts. */
public record ItemRecord(long id, String userUuid, long providerId, int status, String statusCodeInfo,
                         Instant authenticationExpiresAt, Instant lastSuccessfulRefresh, List<AccountRecord> accounts) {

    public ItemRecord {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The first account of a Bridge type (checking, savings, card, loan). */
    public AccountRecord account(String type) {
        return accounts.stream().filter(account -> account.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " account in item " + id));
    }
}
