package org.banksync.adapters.web.ui.transaction;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.FindTransactionsQuery;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A list of transactions served page by page with cursors, counting the pages asked for and their sizes. */
final class FakeTransactions implements FindTransactionsQuery {

    final BankAccountId account = BankAccountId.newId();
    final List<BankTransaction> rows = new ArrayList<>();
    final List<PageRequest> asked = new ArrayList<>();

    FakeTransactions add(String amount, String description) {
        LocalDate day = LocalDate.of(2026, 3, 31).minusDays(rows.size());
        rows.add(BankTransaction.record(account, new SourceTransaction(TransactionSource.BRIDGE, ExternalRef.of("t" + rows.size()),
                day, day, null, Money.of(amount, "EUR"), description, null, null, null, false, false, null), null, Clock.systemUTC()));
        return this;
    }

    FakeTransactions addMany(int count) {
        for (int i = 0; i < count; i++) {
            add("-" + (i + 1) + ".10", "Row " + i);
        }
        return this;
    }

    @Override
    public Page<BankTransaction> list(TransactionFilter filter, PageRequest page) {
        asked.add(page);
        int from = page.cursor() == null ? 0 : Integer.parseInt(page.cursor());
        int to = Math.min(rows.size(), from + page.limit());
        return new Page<>(rows.subList(from, to), to < rows.size() ? Integer.toString(to) : null);
    }

    @Override
    public TransactionTotals sumAmounts(TransactionFilter filter) {
        throw new UnsupportedOperationException("not used here");
    }

    @Override
    public BankTransaction get(TransactionId id) {
        throw new UnsupportedOperationException("not used here");
    }
}
