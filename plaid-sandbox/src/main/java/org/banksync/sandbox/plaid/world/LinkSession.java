package org.banksync.sandbox.plaid.world;

import java.time.Instant;
import java.util.List;
import org.banksync.sandbox.plaid.data.Account;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * A finished Link session as /link/token/get reports it. On success publicToken is set for a new Item
 * (null in update mode); on exit, exitError is the last error the user saw (or null) and exitStatus the
 * step they left from.
 */
public record LinkSession(String linkSessionId, Instant startedAt, Instant finishedAt, boolean success,
                          String publicToken, String itemId, Institution institution, List<Account> accounts,
                          ApiError exitError, String exitStatus) {

    public LinkSession {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
