package org.banksync.application.transaction.port.in;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionId;

/** Lists transactions by filter and reads one (a tombstone too). */
public interface FindTransactionsQuery {

    Page<BankTransaction> list(TransactionFilter filter, PageRequest page);

    /** How many transactions the filter selects and the exact sum of their amounts per currency. */
    TransactionTotals sumAmounts(TransactionFilter filter);

    /** @throws org.banksync.application.shared.NotFound when there is no such transaction */
    BankTransaction get(TransactionId id);
}
