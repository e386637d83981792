package org.banksync.application.statement;

import jakarta.inject.Inject;
import org.banksync.application.shared.UseCase;
import org.banksync.application.statement.port.in.FindCsvLayoutQuery;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.domain.account.BankAccountId;

import java.util.Optional;

/** Reads a bank account's saved CSV layout. */
@UseCase
public class FindCsvLayoutService implements FindCsvLayoutQuery {

    private CsvLayoutRepository layouts;

    protected FindCsvLayoutService() {
    }

    @Inject
    public FindCsvLayoutService(CsvLayoutRepository layouts) {
        this.layouts = layouts;
    }

    @Override
    public Optional<CsvLayout> savedLayout(BankAccountId bankAccountId) {
        return layouts.find(bankAccountId);
    }
}
