package org.banksync.application.testing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;

/** Banks in a map; "in use" looks at the in-memory accounts and at connections a test declares. */
public class InMemoryBankRepository implements BankRepository {

    private final Map<BankId, Bank> banks = new ConcurrentHashMap<>();
    private final Set<BankId> connected = ConcurrentHashMap.newKeySet();
    private final InMemoryBankAccountRepository accounts;

    public InMemoryBankRepository(InMemoryBankAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Declares that a connection refers to the bank (there is no connection port yet). */
    public void markConnected(BankId id) {
        connected.add(id);
    }

    @Override
    public Optional<Bank> findById(BankId id) {
        return Optional.ofNullable(banks.get(id));
    }

    @Override
    public boolean exists(BankId id) {
        return banks.containsKey(id);
    }

    @Override
    public boolean isInUse(BankId id) {
        return connected.contains(id) || accounts.all().stream().anyMatch(account -> account.bankId().equals(id));
    }

    @Override
    public Page<Bank> findPage(PageRequest page) {
        return InMemoryPages.page(banks.values(),
                bank -> bank.name().toLowerCase(Locale.ROOT) + '\u0000' + bank.id(), page, "banks");
    }

    @Override
    public void save(Bank bank) {
        banks.put(bank.id(), bank);
    }

    @Override
    public void delete(BankId id) {
        banks.remove(id);
    }
}
