package org.banksync.application.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.Iban;

/** Bank accounts in a map. */
public class InMemoryBankAccountRepository implements BankAccountRepository {

    private final Map<BankAccountId, BankAccount> accounts = new ConcurrentHashMap<>();

    public List<BankAccount> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public Optional<BankAccount> findById(BankAccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Page<BankAccount> findPage(BankAccountFilter filter, PageRequest page) {
        List<BankAccount> selected = accounts.values().stream()
                .filter(account -> filter.company() == null || account.company().equals(filter.company()))
                .filter(account -> filter.bankId() == null || account.bankId().equals(filter.bankId()))
                .toList();
        return InMemoryPages.page(selected,
                account -> account.name().toLowerCase(Locale.ROOT) + '\u0000' + account.id(), page, "bank-accounts");
    }

    @Override
    public Optional<BankAccount> findByIban(CompanyCode company, Iban iban) {
        return accounts.values().stream()
                .filter(account -> account.company().equals(company) && iban.equals(account.iban()))
                .findFirst();
    }

    @Override
    public Optional<BankAccount> findByProviderAccount(ProviderAccountRef ref) {
        return accounts.values().stream()
                .filter(account -> Objects.equals(account.providerAccount(), ref))
                .findFirst();
    }

    @Override
    public void save(BankAccount account) {
        accounts.put(account.id(), account);
    }

    @Override
    public void delete(BankAccountId id) {
        accounts.remove(id);
    }
}
