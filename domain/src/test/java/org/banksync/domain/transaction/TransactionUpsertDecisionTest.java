package org.banksync.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.Money;
import org.banksync.domain.testing.MutableClock;
import org.banksync.domain.testing.SourceTransactionBuilder;
import org.banksync.domain.transaction.TransactionUpsertDecision.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransactionUpsertDecisionTest {

    private static final Instant UPDATED = Instant.parse("2024-11-25T16:10:10.144Z");

    private final MutableClock clock = new MutableClock();
    private final BankAccountId account = BankAccountId.newId();
    private final CategoryId groceries = CategoryId.newId();
    private final CategoryId restaurants = CategoryId.newId();

    private SourceTransactionBuilder row() {
        return aSourceTransaction();
    }

    private BankTransaction stored(SourceTransactionBuilder row) {
        return BankTransaction.record(account, row.build(), groceries, clock);
    }

    private TransactionUpsertDecision decide(BankTransaction stored, SourceTransactionBuilder incoming) {
        return TransactionUpsertDecision.decide(account, stored, incoming.build(), groceries);
    }

    @Test
    @DisplayName("a row never seen before is created")
    void newRow_isCreated() {
        TransactionUpsertDecision decision = decide(null, row());

        assertThat(decision.action()).isEqualTo(Action.CREATE);
        BankTransaction created = decision.apply(clock).orElseThrow();
        assertThat(created.bankAccountId()).isEqualTo(account);
        assertThat(created.categoryId()).isEqualTo(groceries);
    }

    @Test
    @DisplayName("a future row is created PENDING, dated by its booking date else its date")
    void futureRow_isCreatedPending() {
        BankTransaction created = decide(null, row().future(true).bookingDate(null).date(LocalDate.of(2024, 12, 2)))
                .apply(clock).orElseThrow();

        assertThat(created.status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(created.bookingDate()).isEqualTo(LocalDate.of(2024, 12, 2));
    }

    @Test
    @DisplayName("a deleted row never seen before changes nothing")
    void unknownDeletedRow_isUnchanged() {
        TransactionUpsertDecision decision = decide(null, row().deleted(true));

        assertThat(decision.action()).isEqualTo(Action.UNCHANGED);
        assertThat(decision.apply(clock)).isEmpty();
    }

    @Test
    @DisplayName("the same row read again is unchanged (a resumed run re-reads harmlessly)")
    void identicalRow_isUnchanged() {
        BankTransaction stored = stored(row());

        TransactionUpsertDecision decision = decide(stored, row());

        assertThat(decision.action()).isEqualTo(Action.UNCHANGED);
        assertThat(decision.apply(clock)).isEmpty();
        assertThat(stored.updatedAt()).isEqualTo(MutableClock.DEFAULT_START);
    }

    @Test
    @DisplayName("a changed amount updates the row in place, exactly as the source gives it")
    void changedAmount_isUpdated() {
        BankTransaction stored = stored(row());
        clock.advance(Duration.ofHours(1));

        TransactionUpsertDecision decision = decide(stored, row().amount("-194.00").updatedAt(UPDATED.plusSeconds(60)));

        assertThat(decision.action()).isEqualTo(Action.UPDATE);
        BankTransaction updated = decision.apply(clock).orElseThrow();
        assertThat(updated).isSameAs(stored);
        assertThat(updated.amount()).isEqualTo(Money.of("-194.00", "EUR"));
        assertThat(updated.amount().amount().scale()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(updated.sourceUpdatedAt()).isEqualTo(UPDATED.plusSeconds(60));
    }

    @Test
    @DisplayName("a pending row that posts under the same id becomes BOOKED in place")
    void pendingRowPosted_isBookedInPlace() {
        BankTransaction stored = stored(row().future(true));
        TransactionId pendingId = stored.id();

        TransactionUpsertDecision decision = decide(stored, row().future(false).bookingDate(LocalDate.of(2024, 11, 27))
                .updatedAt(UPDATED.plusSeconds(3600)));

        assertThat(decision.action()).isEqualTo(Action.UPDATE);
        BankTransaction booked = decision.apply(clock).orElseThrow();
        assertThat(booked.id()).isEqualTo(pendingId);
        assertThat(booked.status()).isEqualTo(TransactionStatus.BOOKED);
        assertThat(booked.bookingDate()).isEqualTo(LocalDate.of(2024, 11, 27));
    }

    @Test
    @DisplayName("a booked row never goes back to PENDING")
    void bookedRow_staysBooked() {
        BankTransaction stored = stored(row());

        TransactionUpsertDecision decision = decide(stored, row().future(true));

        assertThat(decision.action()).isEqualTo(Action.UNCHANGED);
        assertThat(stored.status()).isEqualTo(TransactionStatus.BOOKED);
    }

    @Test
    @DisplayName("a deleted row tombstones the stored one")
    void deletedRow_isTombstoned() {
        BankTransaction stored = stored(row());
        clock.advance(Duration.ofHours(2));

        TransactionUpsertDecision decision = decide(stored, row().deleted(true).updatedAt(UPDATED.plusSeconds(5)));

        assertThat(decision.action()).isEqualTo(Action.DELETE);
        BankTransaction deleted = decision.apply(clock).orElseThrow();
        assertThat(deleted.isLive()).isFalse();
        assertThat(deleted.tombstone()).isEqualTo(Tombstone.deletedAtSource(clock.instant()));
    }

    @Test
    @DisplayName("a tombstoned row is never resurrected, whatever arrives")
    void tombstonedRow_isNeverResurrected() {
        BankTransaction stored = stored(row());
        stored.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock);

        TransactionUpsertDecision decision = decide(stored, row().amount("-1").updatedAt(UPDATED.plusSeconds(600)));

        assertThat(decision.action()).isEqualTo(Action.UNCHANGED);
        assertThat(decision.apply(clock)).isEmpty();
        assertThat(stored.isLive()).isFalse();
        assertThat(decide(stored, row().deleted(true)).action()).isEqualTo(Action.UNCHANGED);
    }

    @Test
    @DisplayName("a row older than the stored version is stale and changes nothing")
    void staleRow_isUnchanged() {
        BankTransaction stored = stored(row());

        TransactionUpsertDecision decision = decide(stored, row().amount("-1").updatedAt(UPDATED.minusSeconds(1)));

        assertThat(decision.action()).isEqualTo(Action.UNCHANGED);
        assertThat(decide(stored, row().deleted(true).updatedAt(UPDATED.minusSeconds(1))).action())
                .isEqualTo(Action.UNCHANGED);
    }

    @Test
    @DisplayName("a newer source update time alone is an update, so the watermark can move past it")
    void newerUpdateTimeOnly_isUpdated() {
        BankTransaction stored = stored(row());

        assertThat(decide(stored, row().updatedAt(UPDATED.plusSeconds(1))).action()).isEqualTo(Action.UPDATE);
    }

    @Test
    @DisplayName("a user's category is kept when the provider's category changes")
    void userCategory_isKept() {
        BankTransaction stored = stored(row());
        CategoryId mine = CategoryId.newId();
        stored.assignCategoryByUser(mine, clock);

        TransactionUpsertDecision decision = TransactionUpsertDecision.decide(account, stored,
                row().providerCategory("260").updatedAt(UPDATED.plusSeconds(1)).build(), restaurants);
        decision.apply(clock);

        assertThat(decision.action()).isEqualTo(Action.UPDATE);
        assertThat(stored.categoryId()).isEqualTo(mine);
        assertThat(stored.providerCategoryExternalId()).isEqualTo("260");
    }

    @Test
    @DisplayName("a new provider category alone is an update while the provider owns the category")
    void newProviderCategory_isUpdated() {
        BankTransaction stored = stored(row());

        TransactionUpsertDecision decision = TransactionUpsertDecision.decide(account, stored, row().build(), restaurants);

        assertThat(decision.action()).isEqualTo(Action.UPDATE);
        decision.apply(clock);
        assertThat(stored.categoryId()).isEqualTo(restaurants);
    }

    @Test
    @DisplayName("a stored row with another key is a programming error")
    void mismatchedKey_isRefused() {
        BankTransaction stored = stored(row());

        assertThatThrownBy(() -> decide(stored, row().externalId("another"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decide(stored, row().source(TransactionSource.PLAID)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
