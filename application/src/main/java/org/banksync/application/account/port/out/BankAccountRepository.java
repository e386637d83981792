package org.banksync.application.account.port.out;

import java.util.Optional;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.Iban;

/** Stores bank accounts. */
public interface BankAccountRepository {

    Optional<BankAccount> findById(BankAccountId id);

    /** A page in a stable order (by name, then id) that accounts added meanwhile cannot make skip or repeat. */
    Page<BankAccount> findPage(BankAccountFilter filter, PageRequest page);

    /** The company's account with this IBAN; there is at most one. */
    Optional<BankAccount> findByIban(CompanyCode company, Iban iban);

    /** The account fed by this provider account; there is at most one. */
    Optional<BankAccount> findByProviderAccount(ProviderAccountRef ref);

    /** Inserts or updates. */
    void save(BankAccount account);

    void delete(BankAccountId id);
}
