package org.banksync.adapters.bridge.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.bridge.client.BridgeEndpoints;
import org.banksync.adapters.bridge.client.TransactionQuery;
import org.banksync.adapters.bridge.client.TransactionsPage;
import org.banksync.adapters.bridge.session.BridgeUsers;
import org.banksync.adapters.bridge.session.Pager;
import org.banksync.domain.company.CompanyCode;

/**
 * An account's transactions one page at a time: the first page from a query, each later one from the
 * previous page's {@code next_uri}, which is also the resume point a synchronisation stores with the
 * page's rows.
 */
@ApplicationScoped
public class BridgeTransactionPages {

    private BridgeUsers users;
    private Pager pager;
    private BridgeEndpoints endpoints;

    protected BridgeTransactionPages() {
    }

    @Inject
    public BridgeTransactionPages(BridgeUsers users, Pager pager, BridgeEndpoints endpoints) {
        this.users = users;
        this.pager = pager;
        this.endpoints = endpoints;
    }

    public TransactionsPage firstPage(CompanyCode company, TransactionQuery query) {
        return read(company, query, null);
    }

    public TransactionsPage nextPage(CompanyCode company, String nextUri) {
        return read(company, null, nextUri);
    }

    private TransactionsPage read(CompanyCode company, TransactionQuery query, String nextUri) {
        String what = "the transactions of account " + (query == null ? "(next page)" : query.accountId());
        String body = pager.page(users.open(company), bearer -> endpoints.transactions(bearer, query), nextUri, what);
        return TransactionsPage.parse(body, what);
    }
}
