package org.banksync.application.statement;

import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.application.statement.port.in.SaveCsvLayoutUseCase;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.Require;

/** Saves a bank account's CSV layout ahead of its first CSV import. */
@UseCase
public class SaveCsvLayoutService implements SaveCsvLayoutUseCase {

    private BankAccountRepository accounts;
    private CsvLayoutRepository layouts;

    protected SaveCsvLayoutService() {
    }

    @Inject
    public SaveCsvLayoutService(BankAccountRepository accounts, CsvLayoutRepository layouts) {
        this.accounts = accounts;
        this.layouts = layouts;
    }

    @Override
    public CsvLayout save(BankAccountId bankAccountId, CsvLayout layout) {
        Require.present(layout, "csvLayout");
        if (accounts.findById(bankAccountId).isEmpty()) {
            throw new NotFound("bank account", bankAccountId);
        }
        layouts.save(bankAccountId, layout);
        return layout;
    }
}
