package org.banksync.adapters.fileimport.statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Amounts as banks print them")
class DecimalTextTest {

    @ParameterizedTest(name = "''{0}'' with ''{1}'' reads {2}")
    @CsvSource(delimiter = '|', value = {
            "-84,20|,|-84.20",
            "1 250,00|,|1250.00",
            "1\u00A0250,00|,|1250.00",
            "12\u202F480,00|,|12480.00",
            "1.234.567,89|,|1234567.89",
            "+7,5|,|7.5",
            "12,500.00|.|12500.00",
            "-1450.00|.|-1450.00",
            "(3.50)|.|-3.50",
            "1.25-|.|-1.25",
            "-.50|.|-0.50",
            "0|.|0"})
    void reads(String text, char decimalSeparator, String expected) {
        assertThat(DecimalText.parse(text, decimalSeparator)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "''{0}'' with ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
            "12.50|,",
            "1.25,0|.",
            "1 25,00|,",
            "--3|.",
            "-(3)|.",
            "3e5|.",
            "EUR 3.00|.",
            "12,|,"})
    void refuses(String text, char decimalSeparator) {
        assertThatThrownBy(() -> DecimalText.parse(text, decimalSeparator))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("is not an amount with '" + decimalSeparator + "' as the decimal separator");
    }
}
