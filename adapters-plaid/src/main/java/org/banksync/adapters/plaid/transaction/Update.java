package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.client.SyncPage;

import java.util.List;

/**
 * One complete {@code /transactions/sync} update of an account: every page from the loop's start
 * cursor until {@code has_more} was false, in order, and the cursor after it.
 */
record Update(List<SyncPage> pages, String nextCursor) {

    Update {
        pages = List.copyOf(pages);
    }

    /** Nothing was added, modified or removed. */
    boolean isEmpty() {
        return pages.stream().allMatch(SyncPage::isEmpty);
    }
}
