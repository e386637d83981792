package org.banksync.domain.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.Money;
import org.banksync.domain.testing.MutableClock;
import org.junit.jupiter.api.Test;

class BankTransactionTest {

    private final MutableClock clock = new MutableClock();
    private final BankAccountId account = BankAccountId.newId();
    private final CategoryId groceries = CategoryId.newId();
    private final CategoryId restaurants = CategoryId.newId();
    private final CategoryId mine = CategoryId.newId();

    private BankTransaction recorded() {
        return BankTransaction.record(account, aSourceTransaction().build(), groceries, clock);
    }

    @Test
    void record_takesTheSourceRowAndTheProviderCategory() {
        BankTransaction transaction = recorded();

        assertThat(transaction.amount()).isEqualTo(Money.of("-194", "EUR"));
        assertThat(transaction.bookingDate()).isEqualTo(LocalDate.of(2024, 11, 25));
        assertThat(transaction.description()).isEqualTo("CB Idfs G");
        assertThat(transaction.operationType()).isEqualTo("card");
        assertThat(transaction.providerCategoryExternalId()).isEqualTo("247");
        assertThat(transaction.categoryId()).isEqualTo(groceries);
        assertThat(transaction.categorySource()).isEqualTo(CategorySource.PROVIDER);
        assertThat(transaction.status()).isEqualTo(TransactionStatus.BOOKED);
        assertThat(transaction.updatedAt()).isEqualTo(clock.instant());
        assertThat(transaction.isLive()).isTrue();
    }

    @Test
    void record_withoutProviderCategory_hasNoCategory() {
        BankTransaction transaction = BankTransaction.record(account, aSourceTransaction().build(), null, clock);

        assertThat(transaction.categoryId()).isNull();
        assertThat(transaction.categorySource()).isNull();
    }

    @Test
    void record_refusesADeletedRow() {
        assertRefused(() -> BankTransaction.record(account, aSourceTransaction().deleted(true).build(), null, clock),
                "deleted");
    }

    @Test
    void userCategory_survivesTheProviderCategory() {
        BankTransaction transaction = recorded();
        transaction.assignCategoryByUser(mine, clock);

        boolean changed = transaction.applyProviderCategory(restaurants, clock);

        assertThat(changed).isFalse();
        assertThat(transaction.categoryId()).isEqualTo(mine);
        assertThat(transaction.categorySource()).isEqualTo(CategorySource.USER);
    }

    @Test
    void userCategory_survivesASyncUpdate() {
        BankTransaction transaction = recorded();
        transaction.assignCategoryByUser(mine, clock);

        transaction.applySource(aSourceTransaction().amount("-195.50").providerCategory("260").build(), restaurants, clock);

        assertThat(transaction.amount()).isEqualTo(Money.of("-195.50", "EUR"));
        assertThat(transaction.providerCategoryExternalId()).isEqualTo("260");
        assertThat(transaction.categoryId()).isEqualTo(mine);
    }

    @Test
    void providerCategory_replacesAnEarlierProviderCategory() {
        BankTransaction transaction = recorded();
        clock.advance(Duration.ofMinutes(1));

        assertThat(transaction.applyProviderCategory(restaurants, clock)).isTrue();

        assertThat(transaction.categoryId()).isEqualTo(restaurants);
        assertThat(transaction.updatedAt()).isEqualTo(clock.instant());
        assertThat(transaction.applyProviderCategory(null, clock)).isTrue();
        assertThat(transaction.categorySource()).isNull();
    }

    @Test
    void markBooked_turnsPendingIntoBookedInPlace() {
        BankTransaction pending = BankTransaction.record(account, aSourceTransaction().future(true).build(), null, clock);
        clock.advance(Duration.ofDays(2));

        assertThat(pending.markBooked(LocalDate.of(2024, 11, 27), clock)).isTrue();

        assertThat(pending.status()).isEqualTo(TransactionStatus.BOOKED);
        assertThat(pending.bookingDate()).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(pending.updatedAt()).isEqualTo(clock.instant());
        assertThat(pending.markBooked(null, clock)).isFalse();
    }

    @Test
    void tombstone_marksItDeletedAndIsNeverResurrected() {
        BankTransaction transaction = recorded();
        clock.advance(Duration.ofHours(1));

        transaction.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock);

        assertThat(transaction.isLive()).isFalse();
        assertThat(transaction.tombstone().deletedAt()).isEqualTo(clock.instant());
        assertRefused(() -> transaction.applySource(aSourceTransaction().build(), groceries, clock), "deleted");
        assertRefused(() -> transaction.applyProviderCategory(restaurants, clock), "deleted");
        assertRefused(() -> transaction.markBooked(null, clock), "deleted");
        assertRefused(() -> transaction.assignCategoryByUser(mine, clock), "categoryId");
        assertThat(transaction.isLive()).isFalse();
    }

    @Test
    void tombstoningTwice_changesNothing() {
        BankTransaction transaction = recorded();
        transaction.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock);
        clock.advance(Duration.ofHours(1));

        assertThat(transaction.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock)).isFalse();
        assertThat(transaction.tombstone().deletedAt()).isEqualTo(MutableClock.DEFAULT_START);
    }

    @Test
    void supersede_tombstonesThePendingRowAndInheritsTheUsersCategory() {
        BankTransaction pending = BankTransaction.record(account,
                aSourceTransaction().externalId("pending-1").future(true).build(), groceries, clock);
        pending.assignCategoryByUser(mine, clock);
        BankTransaction posted = BankTransaction.record(account,
                aSourceTransaction().externalId("posted-1").build(), groceries, clock);

        posted.supersede(pending, clock);

        assertThat(pending.tombstone()).isEqualTo(Tombstone.replacedBy(posted.id(), clock.instant()));
        assertThat(posted.categoryId()).isEqualTo(mine);
        assertThat(posted.categorySource()).isEqualTo(CategorySource.USER);
    }

    @Test
    void supersede_afterTheSourceDeletedThePendingRow_turnsTheTombstoneIntoReplaced() {
        BankTransaction pending = BankTransaction.record(account,
                aSourceTransaction().externalId("pending-1").future(true).build(), null, clock);
        pending.tombstone(TombstoneReason.DELETED_AT_SOURCE, null, clock);
        BankTransaction posted = BankTransaction.record(account, aSourceTransaction().externalId("posted-1").build(),
                null, clock);
        clock.advance(Duration.ofMinutes(5));

        posted.supersede(pending, clock);

        assertThat(pending.tombstone().reason()).isEqualTo(TombstoneReason.REPLACED);
        assertThat(pending.tombstone().replacedBy()).isEqualTo(posted.id());
        assertThat(pending.tombstone().deletedAt()).isEqualTo(MutableClock.DEFAULT_START);
    }

    @Test
    void supersede_refusesAnotherAccountsTransaction() {
        BankTransaction other = BankTransaction.record(BankAccountId.newId(), aSourceTransaction().build(), null, clock);

        assertRefused(() -> recorded().supersede(other, clock), "replacedBy");
    }

    @Test
    void applySource_refusesAnotherKey() {
        assertRefused(() -> recorded().applySource(aSourceTransaction().externalId("other").build(), null, clock),
                "externalId");
    }

    @Test
    void reconstitute_refusesACategoryWithoutItsSource() {
        BankTransaction transaction = recorded();

        assertRefused(() -> BankTransaction.reconstitute(transaction.id(), account, transaction.source(),
                transaction.externalId(), transaction.bookingDate(), null, transaction.amount(), "d", "r", null, null,
                groceries, null, TransactionStatus.BOOKED, null, null, clock.instant()), "categorySource");
    }
}
