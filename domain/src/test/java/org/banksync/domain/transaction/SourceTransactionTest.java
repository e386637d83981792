package org.banksync.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.ExternalRef;
import org.junit.jupiter.api.Test;

class SourceTransactionTest {

    @Test
    void bookingDate_isTheBookingDateElseTheDate() {
        assertThat(aSourceTransaction().date(LocalDate.of(2024, 11, 24)).bookingDate(LocalDate.of(2024, 11, 25)).build()
                .effectiveBookingDate()).isEqualTo(LocalDate.of(2024, 11, 25));
        assertThat(aSourceTransaction().date(LocalDate.of(2024, 11, 24)).bookingDate(null).build()
                .effectiveBookingDate()).isEqualTo(LocalDate.of(2024, 11, 24));
    }

    @Test
    void futureRows_arePending() {
        assertThat(aSourceTransaction().future(true).build().status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(aSourceTransaction().future(false).build().status()).isEqualTo(TransactionStatus.BOOKED);
    }

    @Test
    void aLiveRow_needsADateAndAnAmount() {
        assertRefused(() -> aSourceTransaction().date(null).bookingDate(null).build(), "bookingDate");
        assertRefused(() -> new SourceTransaction(TransactionSource.BRIDGE, ExternalRef.of("1"), LocalDate.now(),
                null, null, null, "x", null, null, null, false, false, null), "amount");
    }

    @Test
    void aDeletedRow_mayCarryOnlyItsKey() {
        SourceTransaction deletion = SourceTransaction.deletion(TransactionSource.BRIDGE, ExternalRef.of("1"),
                Instant.parse("2024-11-26T00:00:00Z"));

        assertThat(deletion.deleted()).isTrue();
        assertThat(deletion.amount()).isNull();
    }

    @Test
    void aBlankCleanDescription_fallsBackToTheRawOne() {
        assertThat(aSourceTransaction().description(" ").build().description())
                .isEqualTo("PAIEMENT PAR CARTE 25/11/2024 IDFS T2 G");
    }

    @Test
    void sources_haveLowerCaseWireNames() {
        assertThat(TransactionSource.CAMT053.wireName()).isEqualTo("camt053");
        assertThat(TransactionSource.fromWireName("ofx")).isEqualTo(TransactionSource.OFX);
        assertThat(TransactionSource.of(Provider.PLAID)).isEqualTo(TransactionSource.PLAID);
        assertRefused(() -> TransactionSource.fromWireName("mt940"), "source");
    }

    @Test
    void tombstone_replacedNeedsItsReplacement_deletedHasNone() {
        Instant at = Instant.parse("2024-11-26T00:00:00Z");

        assertThat(Tombstone.replacedBy(TransactionId.newId(), at).reason()).isEqualTo(TombstoneReason.REPLACED);
        assertRefused(() -> new Tombstone(at, TombstoneReason.REPLACED, null), "replacedBy");
        assertRefused(() -> new Tombstone(at, TombstoneReason.DELETED_AT_SOURCE, TransactionId.newId()), "replacedBy");
        assertRefused(() -> new Tombstone(null, TombstoneReason.DELETED_AT_SOURCE, null), "deletedAt");
    }
}
