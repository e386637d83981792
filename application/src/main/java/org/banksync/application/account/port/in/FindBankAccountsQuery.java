package org.banksync.application.account.port.in;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;

/** Lists bank accounts and reads one. */
public interface FindBankAccountsQuery {

    Page<BankAccount> list(BankAccountFilter filter, PageRequest page);

    /** @throws org.banksync.application.shared.NotFound when there is no such account */
    BankAccount get(BankAccountId id);
}
