package org.banksync.application.bank.port.in;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;

/** Lists the banks and reads one. */
public interface FindBanksQuery {

    Page<Bank> list(PageRequest page);

    /** @throws org.banksync.application.shared.NotFound when there is no such bank */
    Bank get(BankId id);
}
