package org.banksync.adapters.plaid.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.connection.PlaidAccounts;
import org.banksync.adapters.plaid.state.PlaidState;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.sync.port.out.TransactionFeed;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.util.List;
import java.util.Optional;

/**
 * Plaid's transactions of one account as the sync reads them: one complete update of the account's
 * own cursor stream per page, its resume point the cursor after it. The account's committed cursor
 * ({@code cursor/<account>}) moves only when the core comes back with that resume point, which it does
 * only after the page's rows are stored: so rows and cursor commit together, and a crash re-reads the
 * same update. An empty update ends the run.
 */
@ApplicationScoped
public class PlaidTransactionFeed implements TransactionFeed {

    private SyncLoop loop;
    private UpdateTranslator translator;
    private PlaidAccounts accounts;
    private PlaidState state;

    protected PlaidTransactionFeed() {
    }

    @Inject
    public PlaidTransactionFeed(SyncLoop loop, UpdateTranslator translator, PlaidAccounts accounts, PlaidState state) {
        this.loop = loop;
        this.translator = translator;
        this.accounts = accounts;
        this.state = state;
    }

    @Override
    public Provider provider() {
        return Provider.PLAID;
    }

    @Override
    public FeedPage readPage(CompanyCode company, ProviderAccountRef account, FeedRequest request) {
        String linked = account.externalAccountId();
        String itemId = state.itemOfAccount(linked).orElseThrow(() -> new AggregatorFailure(AggregatorFailure.Kind.NOT_FOUND,
                "Banksync does not know which Plaid connection holds account " + linked + "; reconnect the bank."));
        AccessToken token = state.requireAccessToken(itemId);
        boolean resumed = request.resumePoint() != null;
        String start;
        if (resumed) {
            start = ResumePoints.cursorOf(request.resumePoint());
            // The core passes a resume point back only once the rows that came with it are stored.
            state.putCursor(linked, start);
        } else {
            start = state.cursor(linked).orElse("");
        }
        Update update = read(token, linked, start, resumed);
        if (update.isEmpty()) {
            if (!update.nextCursor().isEmpty() && !update.nextCursor().equals(start)) {
                state.putCursor(linked, update.nextCursor());
            }
            return new FeedPage(List.of(), List.of(), null);
        }
        UpdateTranslator.Rows rows = translator.translate(linked, update, request.minDate());
        return new FeedPage(rows.rows(), rows.rejected(), ResumePoints.of(update.nextCursor()));
    }

    /**
     * The update after {@code start}. A refused cursor is forgotten: a first page reads from the
     * beginning at once, a resumed one tells the core to start over (which reads from the beginning).
     * An account Plaid gave a new id is found again by IBAN or signature, and read from the beginning.
     */
    private Update read(AccessToken token, String linked, String start, boolean resumed) {
        String accountId = state.accountAlias(linked).orElse(linked);
        try {
            return loop.read(token, accountId, start);
        } catch (SyncLoop.CursorRejected rejected) {
            state.removeCursor(linked);
            if (resumed || start.isEmpty()) {
                throw new ResumePointExpired("Plaid no longer accepts the cursor of account " + linked + " ("
                        + rejected.getMessage() + "); reading from the beginning");
            }
            return loop.read(token, accountId, "");
        } catch (SyncLoop.UnknownAccount unknown) {
            Optional<String> current = accounts.rematch(token, linked);
            if (current.isEmpty()) {
                throw new AggregatorFailure(AggregatorFailure.Kind.NOT_FOUND, "Plaid no longer knows account " + linked
                        + " and none of the connection's accounts has its IBAN or its name and number; link the bank "
                        + "account again (" + unknown.getMessage() + ").");
            }
            state.removeCursor(linked);
            if (resumed) {
                throw new ResumePointExpired("Plaid gave account " + linked + " the new id " + current.get()
                        + "; reading it from the beginning");
            }
            return loop.read(token, current.get(), "");
        }
    }
}
