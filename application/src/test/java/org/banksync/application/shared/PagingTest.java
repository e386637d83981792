package org.banksync.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pageRequest_defaultsTo50AndAllowsUpTo500() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
        assertThat(PageRequest.of(500, " ").cursor()).isNull();
        assertThat(PageRequest.of(1, "abc").isFirst()).isFalse();
        assertRefused(() -> PageRequest.of(0, null), "limit");
        assertRefused(() -> PageRequest.of(501, null), "limit").hasMessageContaining("between 1 and 500");
    }

    @Test
    void page_isImmutableAndMaps() {
        Page<Integer> page = new Page<>(List.of(1, 2), "next");

        assertThat(page.map(String::valueOf)).isEqualTo(new Page<>(List.of("1", "2"), "next"));
        assertThat(page.hasNext()).isTrue();
        assertThat(Page.last(List.of()).hasNext()).isFalse();
    }

    @Test
    void notFound_namesTheKindAndTheId() {
        NotFound notFound = new NotFound("bank account", "0190");

        assertThat(notFound).hasMessage("there is no bank account 0190");
        assertThat(notFound.kind()).isEqualTo("bank account");
        assertThat(notFound.id()).isEqualTo("0190");
    }
}
