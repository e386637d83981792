package org.banksync.application.sync.port.out;

import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Set-based storage of transactions for the ingestion of whole pages (batched SQL, not one merge per row). */
public interface TransactionStore {

    /** The stored transactions of the account and source with these external ids, by external id. */
    Map<ExternalRef, BankTransaction> findByKeys(BankAccountId bankAccountId, TransactionSource source,
                                                 Collection<ExternalRef> externalIds);

    /** Inserts the new transactions and updates the changed ones, in batches, in the caller's transaction. */
    void store(List<BankTransaction> created, List<BankTransaction> changed);

    /** The largest source update time among the account's rows of that source: the next watermark. */
    Optional<Instant> maxSourceUpdatedAt(BankAccountId bankAccountId, TransactionSource source);
}
