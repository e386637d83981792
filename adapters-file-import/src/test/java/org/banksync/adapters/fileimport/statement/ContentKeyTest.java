package org.banksync.adapters.fileimport.statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The content key of a row without an id of its own")
class ContentKeyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Test
    @DisplayName("is h: and the first 32 hex digits of SHA-256 over day|amount|normalised text|rank")
    void format() throws Exception {
        String expected = "h:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("2026-03-03|-23.4|KARTENZAHLUNG REWE MARKT KOELN|0".getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32);

        assertThat(new ContentKey().next(DAY, new BigDecimal("-23.40"), "  Kartenzahlung REWE\u00A0 Markt  Koeln "))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("gives identical rows of one file their rank, so each keeps its own key")
    void rankOfIdenticalRows() {
        ContentKey keys = new ContentKey();

        String first = keys.next(DAY, new BigDecimal("-3.20"), "CAFE MOKA");
        String other = keys.next(DAY, new BigDecimal("-17.60"), "FRITERIE");
        String second = keys.next(DAY, new BigDecimal("-3.2"), "cafe  moka");

        assertThat(second).isNotEqualTo(first);
        assertThat(new ContentKey().next(DAY, new BigDecimal("-3.20"), "CAFE MOKA")).isEqualTo(first);
        assertThat(other).isNotIn(first, second);
    }

    @Test
    @DisplayName("differs by day, amount, sign and text")
    void differsByEachPart() {
        String base = new ContentKey().next(DAY, new BigDecimal("-3.20"), "CAFE MOKA");

        assertThat(new ContentKey().next(DAY.plusDays(1), new BigDecimal("-3.20"), "CAFE MOKA")).isNotEqualTo(base);
        assertThat(new ContentKey().next(DAY, new BigDecimal("-3.21"), "CAFE MOKA")).isNotEqualTo(base);
        assertThat(new ContentKey().next(DAY, new BigDecimal("3.20"), "CAFE MOKA")).isNotEqualTo(base);
        assertThat(new ContentKey().next(DAY, new BigDecimal("-3.20"), "CAFE MOKKA")).isNotEqualTo(base);
        assertThat(new ContentKey().next(DAY, new BigDecimal("-3.20"), null))
                .isEqualTo(new ContentKey().next(DAY, new BigDecimal("-3.2"), " "));
    }
}
