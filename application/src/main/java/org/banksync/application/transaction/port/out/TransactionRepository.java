package org.banksync.application.transaction.port.out;

import java.util.Optional;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionSource;

/** Stores transactions, unique by (bank account, source, external id). */
public interface TransactionRepository {

    Optional<BankTransaction> findById(TransactionId id);

    /** The transaction stored under a source's key, live or tombstoned. */
    Optional<BankTransaction> findByKey(BankAccountId bankAccountId, TransactionSource source, ExternalRef externalId);

    /**
     * A page of the transactions the filter selects, tombstones only when it includes them, in a stable order
     * that rows added meanwhile cannot make skip or repeat: by (updatedAt, id) when the filter has
     * {@code updatedSince} (tombstones included), else newest first by (booking date, id) descending.
     */
    Page<BankTransaction> findPage(TransactionFilter filter, PageRequest page);

    /** The count and the exact per-currency sum of the amounts of every row the filter selects (no paging). */
    TransactionTotals sumAmounts(TransactionFilter filter);

    boolean existsForAccount(BankAccountId bankAccountId);

    /** Inserts or updates. */
    void save(BankTransaction transaction);
}
