package org.banksync.application.testing;

import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.domain.account.BankAccountId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Saved CSV layouts in memory. */
public final class InMemoryCsvLayouts implements CsvLayoutRepository {

    private final Map<BankAccountId, CsvLayout> layouts = new ConcurrentHashMap<>();

    @Override
    public Optional<CsvLayout> find(BankAccountId bankAccountId) {
        return Optional.ofNullable(layouts.get(bankAccountId));
    }

    @Override
    public void save(BankAccountId bankAccountId, CsvLayout layout) {
        layouts.put(bankAccountId, layout);
    }
}
