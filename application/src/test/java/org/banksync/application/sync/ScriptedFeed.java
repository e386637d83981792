package org.banksync.application.sync;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.sync.port.out.TransactionFeed;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.transaction.SourceTransaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aggregator's feed over a scripted set of rows: filters on the date and on the update time
 * (exclusive), pages with an "offset:N" resume point, and fails where a test says so.
 */
final class ScriptedFeed implements TransactionFeed {

    final Map<String, SourceTransaction> rows = new LinkedHashMap<>();
    final List<FeedRequest> requests = new ArrayList<>();
    final List<String> rejectedOnFirstPage = new ArrayList<>();
    int failOnRequest = -1;
    AggregatorFailure failure;
    boolean expireResumePointsOnce;

    void put(SourceTransaction row) {
        rows.put(row.externalId().value(), row);
    }

    @Override
    public Provider provider() {
        return Provider.BRIDGE;
    }

    @Override
    public FeedPage readPage(CompanyCode company, ProviderAccountRef account, FeedRequest request) {
        requests.add(request);
        if (requests.size() - 1 == failOnRequest) {
            throw failure;
        }
        if (request.resumePoint() != null && expireResumePointsOnce) {
            expireResumePointsOnce = false;
            throw new ResumePointExpired("the after cursor has expired");
        }
        List<SourceTransaction> selected = rows.values().stream()
                .filter(row -> request.minDate() == null || row.deleted() || !row.effectiveBookingDate().isBefore(request.minDate()))
                .filter(row -> request.updatedSince() == null || row.updatedAt().isAfter(request.updatedSince()))
                .toList();
        int offset = request.resumePoint() == null ? 0 : Integer.parseInt(request.resumePoint().substring("offset:".length()));
        int end = Math.min(selected.size(), offset + request.pageSize());
        String next = end < selected.size() ? "offset:" + end : null;
        List<String> rejected = offset == 0 ? List.copyOf(rejectedOnFirstPage) : List.of();
        return new FeedPage(selected.subList(offset, end), rejected, next);
    }
}
