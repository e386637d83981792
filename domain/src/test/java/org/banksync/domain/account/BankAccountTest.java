package org.banksync.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.Test;

class BankAccountTest {

    private static final Iban IBAN = Iban.of("FR7630006000011234567890189");
    private static final Instant T0 = Instant.parse("2026-11-26T03:00:00Z");

    private final BankAccount account = BankAccount.open(CompanyCode.DEFAULT, BankId.newId(), "Compte courant",
            IBAN, CurrencyCode.EUR, "512100");

    @Test
    void open_keepsWhatItWasGiven_andHasNoSyncYet() {
        assertThat(account.name()).isEqualTo("Compte courant");
        assertThat(account.iban()).isEqualTo(IBAN);
        assertThat(account.glAccount()).isEqualTo("512100");
        assertThat(account.isLinked()).isFalse();
        assertThat(account.syncStartDate()).isNull();
        assertThat(account.syncWatermark()).isNull();
        assertThat(account.incrementalSince()).isNull();
    }

    @Test
    void open_acceptsACardWithoutIban() {
        BankAccount card = BankAccount.open(CompanyCode.DEFAULT, BankId.newId(), "Carte", null, CurrencyCode.EUR, null);

        assertThat(card.iban()).isNull();
    }

    @Test
    void open_refusesMissingRequiredParts() {
        BankId bank = BankId.newId();
        assertRefused(() -> BankAccount.open(CompanyCode.DEFAULT, bank, " ", null, CurrencyCode.EUR, null), "name");
        assertRefused(() -> BankAccount.open(CompanyCode.DEFAULT, bank, "A", null, null, null), "currency");
        assertRefused(() -> BankAccount.open(CompanyCode.DEFAULT, null, "A", null, CurrencyCode.EUR, null), "bankId");
        assertRefused(() -> BankAccount.open(null, bank, "A", null, CurrencyCode.EUR, null), "company");
        assertRefused(() -> BankAccount.open(CompanyCode.DEFAULT, bank, "A", null, CurrencyCode.EUR, "9".repeat(101)),
                "glAccount");
    }

    @Test
    void update_changesTheEditableParts() {
        account.update("Compte pro", null, CurrencyCode.of("USD"), " ");

        assertThat(account.name()).isEqualTo("Compte pro");
        assertThat(account.iban()).isNull();
        assertThat(account.currency()).isEqualTo(CurrencyCode.of("USD"));
        assertThat(account.glAccount()).isNull();
    }

    @Test
    void linkTo_andUnlink() {
        ProviderAccountRef ref = new ProviderAccountRef(ConnectionId.newId(), "48178050");

        account.linkTo(ref);
        assertThat(account.providerAccount()).isEqualTo(ref);
        assertThat(account.isLinked()).isTrue();

        account.unlink();
        assertThat(account.isLinked()).isFalse();
    }

    @Test
    void providerAccountRef_needsAnExternalId() {
        assertRefused(() -> new ProviderAccountRef(ConnectionId.newId(), ""), "providerAccountId");
        assertRefused(() -> new ProviderAccountRef(null, "1"), "connectionId");
    }

    @Test
    void startSyncFrom_setsTheStartDate() {
        account.startSyncFrom(LocalDate.of(2024, 1, 1));

        assertThat(account.syncStartDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertRefused(() -> account.startSyncFrom(null), "since");
    }

    @Test
    void startSyncFrom_anEarlierDate_forgetsTheWatermark_aLaterOneKeepsIt() {
        account.startSyncFrom(LocalDate.of(2025, 1, 1));
        account.recordCompletedSync(T0, T0);

        account.startSyncFrom(LocalDate.of(2025, 6, 1));
        assertThat(account.syncWatermark()).isEqualTo(T0);

        account.startSyncFrom(LocalDate.of(2024, 1, 1));
        assertThat(account.syncWatermark()).isNull();
        assertThat(account.incrementalSince()).isNull();
        assertThat(account.syncStartDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void recordCompletedSync_movesTheWatermarkForwardOnly() {
        account.recordCompletedSync(T0, T0.minusSeconds(600));
        assertThat(account.syncWatermark()).isEqualTo(T0.minusSeconds(600));
        assertThat(account.lastSuccessfulSyncAt()).isEqualTo(T0);

        account.recordCompletedSync(T0.plusSeconds(60), T0.minusSeconds(3600));
        assertThat(account.syncWatermark()).isEqualTo(T0.minusSeconds(600));
        assertThat(account.lastSuccessfulSyncAt()).isEqualTo(T0.plusSeconds(60));

        account.recordCompletedSync(T0.plusSeconds(120), null);
        assertThat(account.syncWatermark()).isEqualTo(T0.minusSeconds(600));
    }

    @Test
    void incrementalSince_isOneHourBeforeTheWatermark() {
        account.recordCompletedSync(T0, T0);

        assertThat(account.incrementalSince()).isEqualTo(T0.minusSeconds(3600));
    }

    @Test
    void reconstitute_restoresTheSyncState() {
        ProviderAccountRef ref = new ProviderAccountRef(ConnectionId.newId(), "48178050");

        BankAccount stored = BankAccount.reconstitute(account.id(), CompanyCode.of("ACME"), account.bankId(), "Compte",
                null, CurrencyCode.EUR, null, ref, LocalDate.of(2024, 1, 1), T0, T0.minusSeconds(5));

        assertThat(stored).isEqualTo(account);
        assertThat(stored.providerAccount()).isEqualTo(ref);
        assertThat(stored.syncWatermark()).isEqualTo(T0.minusSeconds(5));
    }
}
