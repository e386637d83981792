package org.banksync.adapters.web.ui;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static String plain(String formatted) {
        return formatted.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    @DisplayName("amounts read as each language writes them, with their currency")
    void formatsByLanguage() {
        assertThat(plain(Formats.format(new BigDecimal("-1234.5"), "EUR", Locale.FRENCH))).isEqualTo("-1 234,50 €");
        assertThat(Formats.format(new BigDecimal("-1234.5"), "EUR", Locale.ENGLISH)).isEqualTo("-€1,234.50");
        assertThat(plain(Formats.format(new BigDecimal("339.03"), "USD", Locale.FRENCH))).isEqualTo("339,03 $US");
    }

    @Test
    @DisplayName("amounts are exact: every decimal the bank gave is shown, never rounded away")
    void neverRounds() {
        assertThat(plain(Formats.format(new BigDecimal("0.005"), "EUR", Locale.FRENCH))).isEqualTo("0,005 €");
        assertThat(Formats.format(new BigDecimal("123456789012345.678901234"), "EUR", Locale.ENGLISH))
                .isEqualTo("€123,456,789,012,345.678901234");
        assertThat(Formats.format(new BigDecimal("-194"), "JPY", Locale.ENGLISH)).isEqualTo("-¥194");
    }
}
