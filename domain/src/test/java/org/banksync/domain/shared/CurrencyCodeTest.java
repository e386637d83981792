package org.banksync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "GBP", "CHF", "JPY"})
    void givenIsoCode_isAccepted(String code) {
        assertThat(CurrencyCode.of(code).code()).isEqualTo(code);
    }

    @Test
    void givenLowerCase_isUpperCased() {
        assertThat(CurrencyCode.of(" eur ")).isEqualTo(CurrencyCode.EUR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BTC", "ETH", "XBT", "USDT", "XXX", "XTS"})
    void givenUnofficialCode_isRefusedWithClearMessage(String code) {
        assertRefused(() -> CurrencyCode.of(code), "currency").hasMessageContaining(code);
    }

    @Test
    void givenCrypto_messageSaysWhy() {
        assertRefused(() -> CurrencyCode.of("BTC"), "currency")
                .hasMessage("currency BTC is not an official ISO 4217 currency "
                        + "(crypto-currencies and other unofficial codes are not supported)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EU", "EURO", "E1R"})
    void givenMalformedCode_isRefused(String code) {
        assertRefused(() -> CurrencyCode.of(code), "currency");
    }

    @Test
    void fractionDigits_followIso() {
        assertThat(CurrencyCode.of("EUR").fractionDigits()).isEqualTo(2);
        assertThat(CurrencyCode.of("JPY").fractionDigits()).isZero();
        assertThat(CurrencyCode.of("BHD").fractionDigits()).isEqualTo(3);
    }
}
