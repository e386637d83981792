package org.banksync.application.sync.port.out;

import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.transaction.SourceTransaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An aggregator's transactions of one account, page by page, already translated into the
 * domain's {@link SourceTransaction}. Failures surface as AggregatorFailure, or
 * {@link ResumePointExpired} when a stored resume point is no longer accepted.
 */
public interface TransactionFeed {

    Provider provider();

    FeedPage readPage(CompanyCode company, ProviderAccountRef account, FeedRequest request);

    /**
     * The first page of a read ({@code resumePoint} null): rows dated from {@code minDate}, and
     * changed after {@code updatedSince} when it is set; or the page at a resume point a previous
     * page answered.
     */
    record FeedRequest(LocalDate minDate, Instant updatedSince, String resumePoint, int pageSize) {
    }

    /** One page: the rows, the rows refused with the reason, and where the next page is (null on the last). */
    record FeedPage(List<SourceTransaction> rows, List<String> rejected, String nextResumePoint) {
        public FeedPage {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    /** The aggregator no longer accepts a resume point; the read must start over. */
    final class ResumePointExpired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ResumePointExpired(String message) {
            super(message);
        }
    }
}
