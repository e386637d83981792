package org.banksync.application.bank;

import jakarta.inject.Inject;
import org.banksync.application.bank.port.in.DeleteBankUseCase;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.bank.BankId;

/** Deletes a bank once no bank account or connection points at it. */
@UseCase
public class DeleteBankService implements DeleteBankUseCase {

    private BankRepository banks;

    protected DeleteBankService() {
        // for the CDI proxy
    }

    @Inject
    public DeleteBankService(BankRepository banks) {
        this.banks = banks;
    }

    @Override
    public void delete(BankId id) {
        if (!banks.exists(id)) {
            throw new NotFound("bank", id);
        }
        if (banks.isInUse(id)) {
            throw new Conflict("bank " + id + " still has bank accounts or connections; remove them first");
        }
        banks.delete(id);
    }
}
