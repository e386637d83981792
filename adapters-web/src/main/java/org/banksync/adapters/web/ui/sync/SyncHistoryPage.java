package org.banksync.adapters.web.ui.sync;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.DisplayClock;
import org.banksync.adapters.web.ui.Option;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.in.FindSyncRunsQuery;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.sync.SyncRun;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Backs the sync history: runs newest first, of every account or one, 25 at a time with "show more". */
@Named
@ViewScoped
public class SyncHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 25;

    private FindSyncRunsQuery find;
    private FindBankAccountsQuery accounts;
    private DisplayClock clock;

    private List<Option> accountOptions;
    private Map<String, String> accountNames;
    private String accountId;
    private final List<RunView> runs = new ArrayList<>();
    private String nextCursor;

    protected SyncHistoryPage() {
    }

    @Inject
    public SyncHistoryPage(FindSyncRunsQuery find, FindBankAccountsQuery accounts, DisplayClock clock) {
        this.find = find;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** f:viewAction, and after a run ended: the accounts and the newest runs again. */
    public void show() {
        List<BankAccount> all = LinkedAccounts.all(accounts);
        accountOptions = LinkedAccounts.options(all);
        accountNames = LinkedAccounts.names(all);
        runs.clear();
        nextCursor = null;
        more();
    }

    public void more() {
        BankAccountId account = accountId == null || accountId.isBlank() ? null : BankAccountId.parse(accountId);
        Page<SyncRun> page = find.list(account, null, new PageRequest(PAGE, nextCursor));
        page.items().forEach(run -> runs.add(RunView.of(run, accountNames.getOrDefault(run.bankAccountId().toString(), ""), clock)));
        nextCursor = page.nextCursor();
    }

    public boolean isMoreAvailable() {
        return nextCursor != null;
    }

    public List<RunView> getRuns() {
        return runs;
    }

    public List<Option> getAccountOptions() {
        return accountOptions;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }
}
