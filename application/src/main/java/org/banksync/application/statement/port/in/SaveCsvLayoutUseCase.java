package org.banksync.application.statement.port.in;

import org.banksync.application.statement.CsvLayout;
import org.banksync.domain.account.BankAccountId;

/** Saves the CSV layout a bank account's CSV imports will use when they give none. */
public interface SaveCsvLayoutUseCase {

    /** @throws org.banksync.application.shared.NotFound when there is no such account */
    CsvLayout save(BankAccountId bankAccountId, CsvLayout layout);
}
