package org.banksync.application.transaction;

import jakarta.inject.Inject;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.application.transaction.port.in.FindTransactionsQuery;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionId;

/** Reads transactions. */
@UseCase
public class FindTransactionsService implements FindTransactionsQuery {

    private TransactionRepository transactions;

    protected FindTransactionsService() {
        // for the CDI proxy
    }

    @Inject
    public FindTransactionsService(TransactionRepository transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<BankTransaction> list(TransactionFilter filter, PageRequest page) {
        return transactions.findPage(filter == null ? TransactionFilter.none() : filter, page);
    }

    @Override
    public TransactionTotals sumAmounts(TransactionFilter filter) {
        return transactions.sumAmounts(filter == null ? TransactionFilter.none() : filter);
    }

    @Override
    public BankTransaction get(TransactionId id) {
        return transactions.findById(id).orElseThrow(() -> new NotFound("transaction", id));
    }
}
