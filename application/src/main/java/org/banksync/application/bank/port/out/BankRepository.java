package org.banksync.application.bank.port.out;

import java.util.Optional;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;

/** Stores banks. */
public interface BankRepository {

    Optional<Bank> findById(BankId id);

    boolean exists(BankId id);

    /** True while a bank account or a connection refers to the bank. */
    boolean isInUse(BankId id);

    /** A page in a stable order (by name, then id) that banks added meanwhile cannot make skip or repeat. */
    Page<Bank> findPage(PageRequest page);

    /** Inserts or updates. */
    void save(Bank bank);

    void delete(BankId id);
}
