package org.banksync.adapters.bridge.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.bridge.client.BridgeTransaction;
import org.banksync.adapters.bridge.client.TransactionQuery;
import org.banksync.adapters.bridge.client.TransactionsPage;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.sync.port.out.TransactionFeed;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Bridge's transactions of one account as the sync reads them: {@code min_date} and {@code since}
 * on the first page, then {@code next_uri} as the resume point. Rows are translated here, at the
 * edge; a row that cannot be (an unknown currency, say) is reported, not stored.
 */
@ApplicationScoped
public class BridgeTransactionFeed implements TransactionFeed {

    private BridgeTransactionPages pages;

    protected BridgeTransactionFeed() {
    }

    @Inject
    public BridgeTransactionFeed(BridgeTransactionPages pages) {
        this.pages = pages;
    }

    @Override
    public Provider provider() {
        return Provider.BRIDGE;
    }

    @Override
    public FeedPage readPage(CompanyCode company, ProviderAccountRef account, FeedRequest request) {
        TransactionsPage page;
        if (request.resumePoint() == null) {
            page = pages.firstPage(company, new TransactionQuery(accountId(account), request.updatedSince(), request.minDate(),
                    Math.min(request.pageSize(), TransactionQuery.MAX_LIMIT)));
        } else {
            try {
                page = pages.nextPage(company, request.resumePoint());
            } catch (AggregatorFailure failure) {
                if (failure.kind() == AggregatorFailure.Kind.REFUSED) {
                    throw new ResumePointExpired("Bridge no longer accepts the stored next page: " + failure.getMessage());
                }
                throw failure;
            }
        }
        List<SourceTransaction> rows = new ArrayList<>(page.rows().size());
        List<String> rejected = new ArrayList<>(page.rejected());
        for (BridgeTransaction row : page.rows()) {
            try {
                rows.add(translate(row));
            } catch (DomainViolation e) {
                rejected.add("transaction " + row.id() + ": " + e.getMessage());
            }
        }
        return new FeedPage(rows, rejected, page.nextUri());
    }

    static SourceTransaction translate(BridgeTransaction row) {
        return new SourceTransaction(TransactionSource.BRIDGE, ExternalRef.of(Long.toString(row.id())), row.date(),
                row.bookingDate(), row.valueDate(), new Money(row.amount(), CurrencyCode.of(row.currencyCode())),
                row.cleanDescription(), row.providerDescription(), row.operationType(),
                row.categoryId() == null ? null : Long.toString(row.categoryId()), row.future(), row.deleted(), row.updatedAt());
    }

    private static long accountId(ProviderAccountRef account) {
        try {
            return Long.parseLong(account.externalAccountId());
        } catch (NumberFormatException e) {
            throw new AggregatorFailure(AggregatorFailure.Kind.NOT_FOUND, "the linked account " + account.externalAccountId()
                    + " is not a Bridge account id; link the bank account again");
        }
    }
}
