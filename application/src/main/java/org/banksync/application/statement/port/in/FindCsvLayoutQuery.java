package org.banksync.application.statement.port.in;

import org.banksync.application.statement.CsvLayout;
import org.banksync.domain.account.BankAccountId;

import java.util.Optional;

/** The CSV layout a bank account's last CSV import used, to offer it again. */
public interface FindCsvLayoutQuery {

    Optional<CsvLayout> savedLayout(BankAccountId bankAccountId);
}
