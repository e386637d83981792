package org.banksync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "FR7630006000011234567890189",
            "FR1420041010050500013M02606",
            "DE89370400440532013000",
            "GB29NWBK60161331926819",
            "NL91ABNA0417164300",
            "BE68539007547034",
            "ES9121000418450200051332",
            "IT60X0542811101000000123456",
            "CH9300762011623852957",
            "NO9386011117947"})
    void givenRealIban_isAccepted(String value) {
        assertThat(new Iban(value).value()).isEqualTo(value);
    }

    @Test
    void givenSpacesAndLowerCase_isNormalisedToElectronicForm() {
        Iban iban = Iban.of(" fr76 3000 6000 0112 3456 7890 189 ");

        assertThat(iban.value()).isEqualTo("FR7630006000011234567890189");
        assertThat(iban).isEqualTo(Iban.of("FR7630006000011234567890189"));
    }

    @Test
    void formatted_groupsByFour() {
        assertThat(Iban.of("FR7630006000011234567890189").formatted()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(Iban.of("BE68539007547034").formatted()).isEqualTo("BE68 5390 0754 7034");
    }

    @Test
    void countryCode_isTheFirstTwoLetters() {
        assertThat(Iban.of("DE89370400440532013000").countryCode()).isEqualTo("DE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR7630006000011234567890188",
            "DE89370400440532013001",
            "GB29NWBK60161331926818",
            "GB28NWBK60161331926819",
            "FR7630006000011234567809189"})
    void givenWrongCheckDigits_isRefused(String value) {
        assertRefused(() -> Iban.of(value), "iban").hasMessageContaining("fails its check digits");
    }

    @Test
    void givenWrongLengthForItsCountry_isRefused() {
        assertRefused(() -> Iban.of("FR763000600001123456789018"), "iban")
                .hasMessageContaining("an IBAN of FR has 27");
        assertRefused(() -> Iban.of("GB29NWBK601613319268190"), "iban").hasMessageContaining("GB has 22");
    }

    @Test
    void givenCountryOutsideTheTable_checksGeneralLengthAndDigits() {
        assertRefused(() -> Iban.of("ZZ12345"), "iban").hasMessageContaining("15 to 34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7630006000011234567890189", "FRXX30006000011234567890189", "FR76-3000-6000-0112"})
    void givenBadShape_isRefused(String value) {
        assertRefused(() -> Iban.of(value), "iban");
    }

    @Test
    void givenNothing_isRefused() {
        assertRefused(() -> Iban.of(" "), "iban").hasMessage("iban is required");
        assertRefused(() -> Iban.of(null), "iban");
    }
}
