package org.banksync.application.statement.port.out;

import org.banksync.application.statement.CsvLayout;
import org.banksync.domain.account.BankAccountId;

import java.util.Optional;

/** The CSV layout last used for each bank account, reused on the next import. */
public interface CsvLayoutRepository {

    Optional<CsvLayout> find(BankAccountId bankAccountId);

    void save(BankAccountId bankAccountId, CsvLayout layout);
}
