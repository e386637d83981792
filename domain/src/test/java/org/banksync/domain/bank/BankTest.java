package org.banksync.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.net.URI;
import java.util.UUID;
import org.banksync.domain.shared.Bic;
import org.junit.jupiter.api.Test;

class BankTest {

    private static final URI WEBSITE = URI.create("https://mabanque.bnpparibas");

    @Test
    void register_needsOnlyAName() {
        Bank bank = Bank.register("BNP Paribas", null, null, null);

        assertThat(bank.id()).isNotNull();
        assertThat(bank.id().value().version()).isEqualTo(7);
        assertThat(bank.name()).isEqualTo("BNP Paribas");
        assertThat(bank.bic()).isNull();
        assertThat(bank.website()).isNull();
    }

    @Test
    void register_refusesAMissingOrLongName() {
        assertRefused(() -> Bank.register("  ", null, null, null), "name");
        assertRefused(() -> Bank.register("x".repeat(201), null, null, null), "name");
    }

    @Test
    void website_andLogo_mustBeHttpAddresses() {
        assertRefused(() -> Bank.register("BNP", null, URI.create("ftp://bnp.fr"), null), "website");
        assertRefused(() -> Bank.register("BNP", null, null, URI.create("file:///etc/passwd")), "logoUrl");
    }

    @Test
    void update_replacesEverySetting() {
        Bank bank = Bank.register("BNP", null, null, null);

        bank.update("BNP Paribas", Bic.of("BNPAFRPP"), WEBSITE, URI.create("https://cdn.example/bnp.png"));

        assertThat(bank.name()).isEqualTo("BNP Paribas");
        assertThat(bank.bic()).isEqualTo(Bic.of("BNPAFRPP"));
        assertThat(bank.website()).isEqualTo(WEBSITE);
        assertThat(bank.logoUrl()).isEqualTo(URI.create("https://cdn.example/bnp.png"));
    }

    @Test
    void update_refusesWithoutChangingOnABlankName() {
        Bank bank = Bank.register("BNP", null, null, null);

        assertRefused(() -> bank.update(" ", null, null, null), "name");
        assertThat(bank.name()).isEqualTo("BNP");
    }

    @Test
    void reconstitute_keepsTheStoredIdentity() {
        BankId id = BankId.of(UUID.fromString("0190f1a2-0000-7000-8000-000000000001"));

        Bank bank = Bank.reconstitute(id, "Crédit Agricole", Bic.of("AGRIFRPP"), WEBSITE, null);

        assertThat(bank.id()).isEqualTo(id);
        assertThat(bank).isEqualTo(Bank.reconstitute(id, "other name", null, null, null));
    }

    @Test
    void bankId_parsesItsStringFormAndRefusesGarbage() {
        BankId id = BankId.newId();

        assertThat(BankId.parse(id.toString())).isEqualTo(id);
        assertRefused(() -> BankId.parse("42"), "bankId");
        assertRefused(() -> BankId.of(null), "bankId");
    }
}
