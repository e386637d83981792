package org.banksync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmallValuesTest {

    @Test
    void externalRef_isKeptVerbatimUpTo255Characters() {
        assertThat(ExternalRef.of(" id 1").value()).isEqualTo(" id 1");
        assertThat(ExternalRef.of("x".repeat(255)).value()).hasSize(255);
        assertRefused(() -> ExternalRef.of("x".repeat(256)), "externalId");
        assertRefused(() -> ExternalRef.of("  "), "externalId");
    }

    @Test
    void dateWindow_includesBothEndsAndRefusesAnInvertedRange() {
        DateWindow november = DateWindow.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(november.contains(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(november.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(november.contains(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(DateWindow.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).from()).isNotNull();
        assertRefused(() -> DateWindow.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)), "to");
        assertRefused(() -> DateWindow.between(null, LocalDate.of(2026, 1, 31)), "from");
    }

    @Test
    void webAddress_acceptsHttpAndHttpsOnly() {
        assertThat(WebAddress.parse("https://www.bnpparibas.fr", "website")).isEqualTo(URI.create("https://www.bnpparibas.fr"));
        assertThat(WebAddress.parse(" ", "website")).isNull();
        assertThat(WebAddress.check(null, "website")).isNull();
        assertRefused(() -> WebAddress.parse("ftp://example.org", "website"), "website");
        assertRefused(() -> WebAddress.parse("javascript:alert(1)", "website"), "website");
        assertRefused(() -> WebAddress.parse("/relative/logo.png", "logoUrl"), "logoUrl");
        assertRefused(() -> WebAddress.parse("http://exa mple.org", "website"), "website");
    }

    @Test
    void require_stripsTextAndRefusesBlankOrTooLong() {
        assertThat(Require.text("  Name ", "name", 10)).isEqualTo("Name");
        assertThat(Require.optionalText("  ", "name", 10)).isNull();
        assertRefused(() -> Require.text("", "name", 10), "name").hasMessage("name is required");
        assertRefused(() -> Require.text("12345678901", "name", 10), "name");
        assertRefused(() -> Require.notNegative(-1, "pages"), "pages");
    }

    @Test
    void domainViolation_carriesFieldAndMessage() {
        DomainViolation violation = new DomainViolation("iban", "IBAN X fails its check digits");

        assertThat(violation.field()).isEqualTo("iban");
        assertThat(violation).hasMessage("IBAN X fails its check digits");
    }
}
