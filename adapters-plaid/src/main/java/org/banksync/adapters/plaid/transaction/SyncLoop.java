package org.banksync.adapters.plaid.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.client.PlaidEndpoints;
import org.banksync.adapters.plaid.client.PlaidError;
import org.banksync.adapters.plaid.client.SyncPage;
import org.banksync.adapters.plaid.http.Failures;
import org.banksync.adapters.plaid.http.PlaidAnswer;
import org.banksync.adapters.plaid.http.PlaidGateway;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one complete update of an account's cursor stream: every page while {@code has_more}, from
 * the loop's start cursor. When Plaid's data changes mid-loop
 * (TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION) the pages read are dropped and the whole loop starts
 * again from that start cursor, after a backoff, {@link #MAX_RESTARTS} times at most.
 */
@ApplicationScoped
public class SyncLoop {

    static final int MAX_RESTARTS = 3;
    static final String MUTATION = "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION";
    private static final System.Logger LOG = System.getLogger(SyncLoop.class.getName());

    private PlaidGateway gateway;
    private PlaidEndpoints endpoints;

    protected SyncLoop() {
    }

    @Inject
    public SyncLoop(PlaidGateway gateway, PlaidEndpoints endpoints) {
        this.gateway = gateway;
        this.endpoints = endpoints;
    }

    /** The update after {@code start} ("" for the beginning) of the account's own stream. */
    Update read(AccessToken token, String accountId, String start) {
        for (int restarts = 0; ; restarts++) {
            Optional<Update> update = attempt(token, accountId, start);
            if (update.isPresent()) {
                return update.get();
            }
            if (restarts == MAX_RESTARTS) {
                throw new AggregatorFailure(AggregatorFailure.Kind.UNAVAILABLE, "Plaid's data for account " + accountId
                        + " kept changing while Banksync read it (" + (MAX_RESTARTS + 1) + " attempts). Try again in a "
                        + "few minutes.");
            }
            LOG.log(Level.INFO, "Plaid changed account {0}''s transactions during pagination; reading the update again",
                    accountId);
            gateway.backOff(restarts + 1);
        }
    }

    /** The whole update, or empty when Plaid reported a mutation during pagination. */
    private Optional<Update> attempt(AccessToken token, String accountId, String start) {
        List<SyncPage> pages = new ArrayList<>();
        String cursor = start;
        while (true) {
            PlaidAnswer answer = gateway.send(endpoints.transactionsSync(token, accountId, cursor));
            if (!answer.isSuccess()) {
                PlaidError error = answer.error().orElse(null);
                if (error != null && MUTATION.equals(error.code())) {
                    return Optional.empty();
                }
                if (error != null && "INVALID_ACCOUNT_ID".equals(error.code())) {
                    throw new UnknownAccount(accountId, answer.describe());
                }
                if (error != null && rejectsCursor(error)) {
                    throw new CursorRejected(answer.describe());
                }
                throw Failures.of(answer, "the transactions of account " + accountId);
            }
            SyncPage page = SyncPage.parse(answer.body());
            pages.add(page);
            if (!page.hasMore()) {
                return Optional.of(new Update(pages, page.nextCursor()));
            }
            if (page.nextCursor() == null || page.nextCursor().isEmpty() || page.nextCursor().equals(cursor)) {
                throw new AggregatorFailure(AggregatorFailure.Kind.INVALID_RESPONSE, "Plaid announced more "
                        + "transactions for account " + accountId + " without a new cursor. Try again later; if it "
                        + "persists, contact support.");
            }
            cursor = page.nextCursor();
        }
    }

    /** Plaid no longer accepts the cursor (expired, or not one of its own). */
    static boolean rejectsCursor(PlaidError error) {
        String code = error.code() == null ? "" : error.code();
        String message = error.message() == null ? "" : error.message().toLowerCase(Locale.ROOT);
        return code.contains("CURSOR") || (message.contains("cursor")
                && (code.equals("INVALID_FIELD") || code.equals("INVALID_INPUT") || code.equals("INVALID_BODY")));
    }

    /** The stream's cursor was refused. */
    static final class CursorRejected extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CursorRejected(String detail) {
            super(detail);
        }
    }

    /** Plaid does not know the account id (INVALID_ACCOUNT_ID): it may have given the account a new one. */
    static final class UnknownAccount extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownAccount(String accountId, String detail) {
            super("account " + accountId + ": " + detail);
        }
    }
}
