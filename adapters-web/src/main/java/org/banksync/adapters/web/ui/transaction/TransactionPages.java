package org.banksync.adapters.web.ui.transaction;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.FindTransactionsQuery;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.domain.transaction.BankTransaction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transaction list for the paginator, one keyset page at a time: never more than one page of rows is
 * read. Page n is read from the cursor page n-1 gave, remembered as the user pages forward, so going back
 * costs one page too; a page further ahead than any seen is reached by walking the cursors (the paginator
 * offers only first / previous / next, so that walk is one page). Newest first, the keyset's order.
 */
final class TransactionPages extends LazyDataModel<TransactionRow> {

    private static final long serialVersionUID = 1L;

    private final FindTransactionsQuery find;
    private final TransactionRows rows;
    private final List<String> cursors = new ArrayList<>();
    private TransactionSearch applied = new TransactionSearch();
    private transient TransactionFilter filter;
    private long total;
    private int pageSize;
    private List<TransactionRow> current = List.of();

    TransactionPages(FindTransactionsQuery find, TransactionRows rows) {
        this.find = find;
        this.rows = rows;
    }

    /** Lists what this search selects from its first page on; {@code total} is its count, for the paginator. */
    void show(TransactionSearch search, long newTotal) {
        applied = search.copy();
        filter = null;
        total = newTotal;
        restart();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public List<TransactionRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (size != pageSize) {
            pageSize = size;
            restart();
        }
        int wanted = first / size;
        int index = Math.min(wanted, cursors.size() - 1);
        Page<BankTransaction> page = find.list(filter(), new PageRequest(size, cursors.get(index)));
        while (true) {
            if (index + 1 == cursors.size() && page.hasNext()) {
                cursors.add(page.nextCursor());
            }
            if (index == wanted || !page.hasNext()) {
                break;
            }
            index++;
            page = find.list(filter(), new PageRequest(size, cursors.get(index)));
        }
        current = page.items().stream().map(rows::of).toList();
        return current;
    }

    @Override
    public String getRowKey(TransactionRow row) {
        return row.getId();
    }

    @Override
    public TransactionRow getRowData(String rowKey) {
        return current.stream().filter(row -> row.getId().equals(rowKey)).findFirst().orElse(null);
    }

    /** The filter of the search on show (rebuilt after the view was serialized: filters are not Serializable). */
    TransactionFilter filter() {
        if (filter == null) {
            filter = applied.toFilter();
        }
        return filter;
    }

    private void restart() {
        cursors.clear();
        cursors.add(null);
    }
}
