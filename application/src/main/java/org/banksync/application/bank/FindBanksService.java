package org.banksync.application.bank;

import jakarta.inject.Inject;
import org.banksync.application.bank.port.in.FindBanksQuery;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;

/** Reads banks. */
@UseCase
public class FindBanksService implements FindBanksQuery {

    private BankRepository banks;

    protected FindBanksService() {
        // for the CDI proxy
    }

    @Inject
    public FindBanksService(BankRepository banks) {
        this.banks = banks;
    }

    @Override
    public Page<Bank> list(PageRequest page) {
        return banks.findPage(page);
    }

    @Override
    public Bank get(BankId id) {
        return banks.findById(id).orElseThrow(() -> new NotFound("bank", id));
    }
}
