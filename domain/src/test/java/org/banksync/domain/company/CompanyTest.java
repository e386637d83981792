package org.banksync.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyTest {

    @ParameterizedTest
    @ValueSource(strings = {"ACME", "A", "ACME_FR-2", "ABCDEFGHIJ0123456789"})
    void givenShortCode_isAccepted(String code) {
        assertThat(CompanyCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void codeIsUpperCased() {
        assertThat(CompanyCode.of(" acme ")).isEqualTo(CompanyCode.of("ACME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ACME CORP", "ACME.FR", "ABCDEFGHIJ01234567890", "ÉCOLE"})
    void givenBadCode_isRefused(String code) {
        assertRefused(() -> CompanyCode.of(code), "company");
    }

    @Test
    void defaultCompany_hasTheDefaultCode() {
        assertThat(CompanyCode.DEFAULT.value()).isEqualTo("DEFAULT");
        assertThat(CompanyCode.DEFAULT.isDefault()).isTrue();
        assertThat(Company.defaultCompany().code()).isEqualTo(CompanyCode.DEFAULT);
        assertThat(CompanyCode.of("ACME").isDefault()).isFalse();
    }

    @Test
    void company_needsANameAndCanBeRenamed() {
        Company acme = new Company(CompanyCode.of("ACME"), " Acme SAS ");

        assertThat(acme.name()).isEqualTo("Acme SAS");
        assertThat(acme.rename("Acme Group")).isEqualTo(new Company(CompanyCode.of("ACME"), "Acme Group"));
        assertRefused(() -> new Company(CompanyCode.of("ACME"), " "), "name");
        assertRefused(() -> new Company(CompanyCode.of("ACME"), "x".repeat(201)), "name");
        assertRefused(() -> new Company(null, "Acme"), "code");
    }
}
