package org.banksync.adapters.web.ui.sync;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.DisplayClock;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.adapters.web.ui.Option;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.shared.NotFound;
import org.banksync.application.sync.port.in.FindSyncRunsQuery;
import org.banksync.application.sync.port.in.RequestSyncUseCase;
import org.banksync.application.sync.port.in.RequestSyncUseCase.RequestSyncCommand;
import org.banksync.application.sync.port.in.RequestSyncUseCase.SyncRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncTrigger;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs "Synchronisation > Update bank accounts": the dialog (account, sync date, Confirm), then the run's
 * progress, read every second by the page's poll until the run ends, then its result. An account whose run
 * is already queued or running shows that run instead of starting a second one.
 */
@Named
@ViewScoped
public class UpdateBankAccountsDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_MONTHS_BACK = 3;

    private FindBankAccountsQuery accounts;
    private RequestSyncUseCase request;
    private FindSyncRunsQuery runs;
    private DisplayClock clock;

    private List<Option> accountOptions;
    private Map<String, String> accountNames;
    private String accountId;
    private LocalDate since;
    private RunView run;
    private boolean alreadyActive;

    protected UpdateBankAccountsDialog() {
    }

    @Inject
    public UpdateBankAccountsDialog(FindBankAccountsQuery accounts, RequestSyncUseCase request, FindSyncRunsQuery runs,
                                    DisplayClock clock) {
        this.accounts = accounts;
        this.request = request;
        this.runs = runs;
        this.clock = clock;
    }

    /** A fresh dialog: the linked accounts, and the sync date three months back. */
    public void start() {
        List<BankAccount> all = LinkedAccounts.all(accounts);
        accountOptions = LinkedAccounts.linkedOptions(all);
        accountNames = LinkedAccounts.names(all);
        accountId = accountOptions.isEmpty() ? null : accountOptions.get(0).value();
        since = today().minusMonths(DEFAULT_MONTHS_BACK);
        run = null;
        alreadyActive = false;
    }

    public void confirm() {
        if (accountId == null || accountId.isBlank()) {
            FacesMessages.error("updateForm:account", FacesMessages.text("sync.chooseAccount"));
            return;
        }
        try {
            SyncRequest answer = request.request(new RequestSyncCommand(BankAccountId.parse(accountId), since, SyncTrigger.USER));
            alreadyActive = answer instanceof SyncRequest.AlreadyActive;
            run = RunView.of(answer.run(), accountNames.get(accountId), clock);
            PrimeFaces.current().ajax().addCallbackParam("following", true);
        } catch (DomainViolation violation) {
            FacesMessages.violation("updateForm", violation);
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
        }
    }

    /** Called by the poll every second: reads the run again; tells the page to stop polling once it ended. */
    public void refresh() {
        if (run == null) {
            PrimeFaces.current().ajax().addCallbackParam("finished", true);
            return;
        }
        run = RunView.of(runs.get(SyncRunId.parse(run.id())), run.account(), clock);
        if (!run.active()) {
            PrimeFaces.current().ajax().addCallbackParam("finished", true);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), clock.zone());
    }

    public LocalDate getMaxDate() {
        return today();
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

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public RunView getRun() {
        return run;
    }

    public boolean isAlreadyActive() {
        return alreadyActive;
    }
}
