package org.banksync.adapters.web.ui.transaction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionPagesTest {

    private final FakeTransactions find = new FakeTransactions().addMany(25);
    private final TransactionPages pages = new TransactionPages(find, new TransactionRows(Map.of(), Map.of()));

    private List<String> load(int first, int size) {
        return pages.load(first, size, Map.of(), Map.of()).stream().map(TransactionRow::getDescription).toList();
    }

    @Test
    @DisplayName("each page of the paginator reads one keyset page, forwards and back, never the whole list")
    void readsOnePagePerPage() {
        pages.show(new TransactionSearch(), 25);

        assertThat(load(0, 10)).first().isEqualTo("Row 0");
        assertThat(load(10, 10)).first().isEqualTo("Row 10");
        assertThat(load(20, 10)).containsExactly("Row 20", "Row 21", "Row 22", "Row 23", "Row 24");
        assertThat(load(10, 10)).first().isEqualTo("Row 10");

        assertThat(find.asked).hasSize(4).allMatch(page -> page.limit() == 10);
        assertThat(find.asked.get(3).cursor()).as("going back reads from the remembered cursor").isEqualTo("10");
        assertThat(pages.count(Map.of())).isEqualTo(25);
    }

    @Test
    @DisplayName("a page beyond those seen is reached by walking the cursors; a new page size or search starts over")
    void walksToUnseenPages() {
        pages.show(new TransactionSearch(), 25);

        assertThat(load(20, 5)).first().isEqualTo("Row 20");
        assertThat(find.asked).extracting(page -> page.cursor()).containsExactly(null, "5", "10", "15", "20");

        find.asked.clear();
        assertThat(load(0, 20)).hasSize(20);
        pages.show(new TransactionSearch(), 25);
        assertThat(load(0, 20)).first().isEqualTo("Row 0");
        assertThat(find.asked).extracting(page -> page.cursor()).containsExactly(null, null);
    }
}
