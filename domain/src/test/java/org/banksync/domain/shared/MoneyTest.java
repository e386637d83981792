package org.banksync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheAmountExactlyAsGiven() {
        Money money = Money.of("-194", "EUR");

        assertThat(money.amount()).isEqualTo(new BigDecimal("-194"));
        assertThat(money.amount().scale()).isZero();
        assertThat(Money.of("12.3456", "EUR").amount().toPlainString()).isEqualTo("12.3456");
    }

    @Test
    void differentScales_areDifferentRecordsButTheSameValue() {
        Money plain = Money.of("-194", "EUR");
        Money scaled = Money.of("-194.00", "EUR");

        assertThat(plain).isNotEqualTo(scaled);
        assertThat(plain.sameValueAs(scaled)).isTrue();
    }

    @Test
    void amountAtCurrencyScale_padsButNeverRounds() {
        assertThat(Money.of("-194", "EUR").amountAtCurrencyScale().toPlainString()).isEqualTo("-194.00");
        assertThat(Money.of("0.125", "EUR").amountAtCurrencyScale().toPlainString()).isEqualTo("0.125");
        assertThat(Money.of("1500", "JPY").amountAtCurrencyScale().toPlainString()).isEqualTo("1500");
    }

    @Test
    void negativeIsMoneyOut() {
        assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
        assertThat(Money.of("0", "EUR").isNegative()).isFalse();
    }

    @Test
    void plus_addsTheSameCurrencyAndRefusesAnother() {
        assertThat(Money.of("1.10", "EUR").plus(Money.of("2", "EUR"))).isEqualTo(Money.of("3.10", "EUR"));
        assertRefused(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")), "currency");
    }

    @Test
    void refusesMissingPartsAndNonNumbers() {
        assertRefused(() -> new Money(null, CurrencyCode.EUR), "amount");
        assertRefused(() -> new Money(BigDecimal.ONE, null), "currency");
        assertRefused(() -> Money.of("1,50", "EUR"), "amount").hasMessageContaining("not a decimal number");
        assertRefused(() -> Money.of("10", "BTC"), "currency");
    }
}
