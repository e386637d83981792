package org.banksync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRPP", "BNPAFRPPXXX", "DEUTDEFF500", "NWBKGB2L"})
    void givenIso9362Shape_isAccepted(String value) {
        assertThat(Bic.of(value).value()).isEqualTo(value);
    }

    @Test
    void normalisesCaseAndSpaces() {
        Bic bic = Bic.of(" bnpa fr pp ");

        assertThat(bic.value()).isEqualTo("BNPAFRPP");
        assertThat(bic.countryCode()).isEqualTo("FR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRP", "BNPAFRPPXX", "BNPA12PP", "BNPAFRPP-XX", ""})
    void givenWrongShape_isRefused(String value) {
        assertRefused(() -> Bic.of(value), "bic");
    }
}
