package org.banksync.application.bank;

import jakarta.inject.Inject;
import org.banksync.application.bank.port.in.UpdateBankCommand;
import org.banksync.application.bank.port.in.UpdateBankUseCase;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.bank.Bank;

/** Updates a bank's settings. */
@UseCase
public class UpdateBankService implements UpdateBankUseCase {

    private BankRepository banks;

    protected UpdateBankService() {
        // for the CDI proxy
    }

    @Inject
    public UpdateBankService(BankRepository banks) {
        this.banks = banks;
    }

    @Override
    public Bank update(UpdateBankCommand command) {
        Bank bank = banks.findById(command.id()).orElseThrow(() -> new NotFound("bank", command.id()));
        bank.update(command.name(), command.bic(), command.website(), command.logoUrl());
        banks.save(bank);
        return bank;
    }
}
