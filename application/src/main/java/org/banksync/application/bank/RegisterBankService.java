package org.banksync.application.bank;

import jakarta.inject.Inject;
import org.banksync.application.bank.port.in.RegisterBankCommand;
import org.banksync.application.bank.port.in.RegisterBankUseCase;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.bank.Bank;

/** Registers a bank. */
@UseCase
public class RegisterBankService implements RegisterBankUseCase {

    private BankRepository banks;

    protected RegisterBankService() {
        // for the CDI proxy
    }

    @Inject
    public RegisterBankService(BankRepository banks) {
        this.banks = banks;
    }

    @Override
    public Bank register(RegisterBankCommand command) {
        Bank bank = Bank.register(command.name(), command.bic(), command.website(), command.logoUrl());
        banks.save(bank);
        return bank;
    }
}
