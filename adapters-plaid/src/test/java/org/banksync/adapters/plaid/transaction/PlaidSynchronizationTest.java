package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.category.PfcTaxonomy;
import org.banksync.adapters.plaid.testing.CoreSync;
import org.banksync.adapters.plaid.testing.PlaidHarness;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionStatus;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.control.Posting;
import org.banksync.sandbox.plaid.control.TransactionChange;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.banksync.sandbox.plaid.data.Institutions;
import org.banksync.sandbox.plaid.fault.Fault;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.banksync.application.sync.port.out.TransactionFeed;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Synchronising a Plaid account through the core's real orchestrator, against the sandbox")
class PlaidSynchronizationTest {

    private static final LocalDate EVERYTHING = LocalDate.of(2020, 1, 1);

    @RegisterExtension
    static final PlaidHarness plaid = new PlaidHarness();

    private ItemRecord item;
    private String accountId;
    private CoreSync sync;

    private void connect() {
        item = plaid.connectedItem(Institutions.FIRST_PLATYPUS);
        accountId = item.account("EUR").accountId();
        sync = new CoreSync(plaid.stack().feed(), plaid.stack().connector(), item.itemId(), accountId);
    }

    @Test
    @DisplayName("a first sync imports exactly the bank's rows, money out negative, pending rows PENDING, posted rows under their pending row's id")
    void firstSyncMirrorsTheBank() {
        connect();

        SyncOutcome outcome = sync.run(EVERYTHING);

        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        assertMirrorsTheBank(EVERYTHING);
        assertThat(sync.all()).allMatch(BankTransaction::isLive);
        assertThat(sync.live()).anyMatch(t -> t.amount().amount().signum() < 0).anyMatch(t -> t.amount().amount().signum() > 0)
                .anyMatch(t -> t.status() == TransactionStatus.PENDING);
        assertThat(plaid.store.get("cursor/" + accountId)).isPresent();
    }

    @Test
    @DisplayName("a first sync Plaid is not ready for completes empty, storing no cursor; the next one imports everything")
    void notReadyYet() {
        plaid.control().setInitialNotReady(true);
        connect();

        SyncRun first = sync.queue(EVERYTHING);
        assertThat(sync.run(first, () -> true)).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(sync.reload(first).progress().rows()).isZero();
        assertThat(plaid.store.get("cursor/" + accountId)).isEmpty();

        assertThat(sync.run(null)).isInstanceOf(SyncOutcome.Completed.class);
        assertMirrorsTheBank(EVERYTHING);
    }

    @Test
    @DisplayName("raw sync pages (every log entry, pending rows added then removed as they post) leave the same rows and no tombstone")
    void rawPagesLeaveTheSameRows() {
        plaid.control().setNetted(false);
        connect();

        assertThat(sync.run(EVERYTHING)).isInstanceOf(SyncOutcome.Completed.class);

        assertMirrorsTheBank(EVERYTHING);
        assertThat(sync.all()).allMatch(BankTransaction::isLive);
    }

    @Test
    @DisplayName("rows dated before the account's sync start date are not imported")
    void syncStartDate() {
        connect();
        LocalDate from = PlaidHarness.START.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(60);

        sync.run(from);

        assertMirrorsTheBank(from);
    }

    @Test
    @DisplayName("rows added, modified and removed at the bank are mirrored by the next run: created, updated, tombstoned")
    void incrementalChanges() {
        connect();
        sync.run(EVERYTHING);
        List<TransactionRecord> truth = plaid.control().groundTruth(accountId).stream()
                .filter(t -> !t.pending() && t.pendingTransactionId() == null).toList();
        TransactionRecord changed = truth.get(5);
        TransactionRecord gone = truth.get(6);
        TransactionRecord added = plaid.control().addTransaction(accountId,
                NewTransaction.of("12.34", LocalDate.of(2026, 3, 15), "Boulangerie").withMerchant("Paul"));
        plaid.control().modifyTransaction(changed.transactionId(), TransactionChange.amount("99.99"));
        plaid.control().removeTransaction(gone.transactionId());

        SyncRun second = sync.queue(null);
        assertThat(sync.run(second, () -> true)).isInstanceOf(SyncOutcome.Completed.class);

        SyncRun done = sync.reload(second);
        assertThat(done.progress().created()).isEqualTo(1);
        assertThat(done.progress().updated()).isEqualTo(1);
        assertThat(done.progress().deleted()).isEqualTo(1);
        assertThat(sync.stored(added.transactionId()).orElseThrow().amount().amount()).isEqualTo(new java.math.BigDecimal("-12.34"));
        assertThat(sync.stored(added.transactionId()).orElseThrow().description()).isEqualTo("Paul");
        assertThat(sync.stored(changed.transactionId()).orElseThrow().amount().amount()).isEqualByComparingTo("-99.99");
        assertThat(sync.stored(gone.transactionId()).orElseThrow().isLive()).isFalse();
        assertMirrorsTheBank(EVERYTHING);

        SyncRun quiet = sync.queue(null);
        sync.run(quiet, () -> true);
        assertThat(sync.reload(quiet).progress().rows()).isZero();
    }

    @ParameterizedTest(name = "netted {0}, removal and posting on different pages {1}")
    @CsvSource({"true, false", "true, true", "false, false", "false, true"})
    @DisplayName("a pending row that posts stays the same Banksync transaction: BOOKED in place, its category kept, later changes and removal follow it")
    void pendingPostsInPlace(boolean netted, boolean split) {
        plaid.control().setNetted(netted);
        connect();
        TransactionRecord pending = plaid.control().addTransaction(accountId,
                NewTransaction.of("40.00", LocalDate.of(2026, 3, 15), "Hotel du Lac").asPending());
        sync.run(EVERYTHING);
        BankTransaction before = sync.stored(pending.transactionId()).orElseThrow();
        assertThat(before.status()).isEqualTo(TransactionStatus.PENDING);
        TransactionCategory mine = sync.core.storedCategory("Déplacements", null);
        before.assignCategoryByUser(mine.id(), sync.core.clock);
        sync.core.transactions.save(before);

        Posting posting = Posting.withAmount("46.50");
        TransactionRecord posted = plaid.control().postTransaction(pending.transactionId(), split ? posting.splitAcrossPages() : posting);
        assertThat(sync.run(null)).isInstanceOf(SyncOutcome.Completed.class);

        BankTransaction after = sync.stored(pending.transactionId()).orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.isLive()).isTrue();
        assertThat(after.status()).isEqualTo(TransactionStatus.BOOKED);
        assertThat(after.amount().amount()).isEqualByComparingTo("-46.50");
        assertThat(after.categoryId()).isEqualTo(mine.id());
        assertThat(sync.stored(posted.transactionId())).isEmpty();
        assertThat(plaid.store.get("alias/" + accountId + "/" + posted.transactionId())).contains(pending.transactionId());
        assertMirrorsTheBank(EVERYTHING);

        plaid.control().modifyTransaction(posted.transactionId(), TransactionChange.amount("47.00"));
        sync.run(null);
        assertThat(sync.stored(pending.transactionId()).orElseThrow().amount().amount()).isEqualByComparingTo("-47.00");

        plaid.control().removeTransaction(posted.transactionId());
        sync.run(null);
        assertThat(sync.stored(pending.transactionId()).orElseThrow().isLive()).isFalse();
        assertMirrorsTheBank(EVERYTHING);
    }

    @Test
    @DisplayName("the account's cursor moves only when the core comes back for the next page, i.e. once the update's rows are stored")
    void cursorCommitsWithTheRows() {
        connect();
        TransactionFeed.FeedRequest first = new TransactionFeed.FeedRequest(EVERYTHING, null, null, 500);
        TransactionFeed.FeedPage page = plaid.stack().feed().readPage(PlaidHarness.ACME, sync.account.providerAccount(), first);
        TransactionFeed.FeedPage again = plaid.stack().feed().readPage(PlaidHarness.ACME, sync.account.providerAccount(), first);

        assertThat(page.rows()).isNotEmpty().isEqualTo(again.rows());
        assertThat(page.nextResumePoint()).startsWith("plaid-cursor:");
        assertThat(plaid.store.get("cursor/" + accountId)).isEmpty();

        TransactionFeed.FeedPage last = plaid.stack().feed().readPage(PlaidHarness.ACME, sync.account.providerAccount(),
                new TransactionFeed.FeedRequest(EVERYTHING, null, page.nextResumePoint(), 500));

        assertThat(plaid.store.get("cursor/" + accountId)).contains(page.nextResumePoint().substring("plaid-cursor:".length()));
        assertThat(last.rows()).isEmpty();
        assertThat(last.nextResumePoint()).isNull();
    }

    @Test
    @DisplayName("a run taken over after its first update was stored resumes from the run's cursor: nothing lost, nothing twice")
    void interruptedRunResumes() {
        connect();
        SyncRun run = sync.queue(EVERYTHING);
        int[] pagesBeforeCrash = {1};
        assertThat(sync.run(run, () -> pagesBeforeCrash[0]-- > 0)).isInstanceOf(SyncOutcome.TakenOver.class);
        assertThat(sync.reload(run).resumePoint()).startsWith("plaid-cursor:");
        assertThat(plaid.store.get("cursor/" + accountId)).isEmpty();
        TransactionRecord added = plaid.control().addTransaction(accountId,
                NewTransaction.of("5.00", LocalDate.of(2026, 3, 16), "Kiosque"));

        assertThat(sync.run(run, () -> true)).isInstanceOf(SyncOutcome.Completed.class);

        assertThat(sync.reload(run).state()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(sync.stored(added.transactionId())).isPresent();
        assertMirrorsTheBank(EVERYTHING);
    }

    @Test
    @DisplayName("a resume point that is not a Plaid cursor of this adapter makes the core start over")
    void foreignResumePoint() {
        connect();

        assertThatThrownBy(() -> plaid.stack().feed().readPage(PlaidHarness.ACME, sync.account.providerAccount(),
                new TransactionFeed.FeedRequest(EVERYTHING, null, "/v3/aggregation/transactions?after=x", 500)))
                .isInstanceOf(TransactionFeed.ResumePointExpired.class);
        assertThat(plaid.stack().exchange().attempts("POST /transactions/sync")).isEmpty();
    }

    @Test
    @DisplayName("a pending row that vanishes without posting (a released hold) is tombstoned")
    void droppedPending() {
        connect();
        TransactionRecord pending = plaid.control().addTransaction(accountId,
                NewTransaction.of("80.00", LocalDate.of(2026, 3, 15), "Station essence").asPending());
        sync.run(EVERYTHING);

        plaid.control().dropPendingTransaction(pending.transactionId());
        sync.run(null);

        assertThat(sync.stored(pending.transactionId()).orElseThrow().isLive()).isFalse();
        assertMirrorsTheBank(EVERYTHING);
    }

    @Test
    @DisplayName("when Plaid's data changes during pagination the whole update is read again from its start, after a backoff")
    void mutationDuringPagination() {
        plaid.control().setNetted(false);
        connect();
        plaid.control().forceMutationDuringPagination(item.itemId(), 2);

        assertThat(sync.run(EVERYTHING)).isInstanceOf(SyncOutcome.Completed.class);

        assertMirrorsTheBank(EVERYTHING);
        assertThat(plaid.stack().exchange().attempts("POST /transactions/sync")).filteredOn(a -> a.endsWith("-> 400")).hasSize(2);
        assertThat(plaid.sleeper.waits()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("429, 500 and an institution that does not answer are retried with backoff; the run completes")
    void transientFailuresAreRetried() {
        connect();
        plaid.control().injectFault(Fault.rateLimitExceeded(1).on("/transactions/sync"));
        plaid.control().injectFault(Fault.internalServerError(1).on("/transactions/sync"));
        plaid.control().injectFault(Fault.institutionNotResponding(1).on("/transactions/sync"));

        assertThat(sync.run(EVERYTHING)).isInstanceOf(SyncOutcome.Completed.class);

        assertMirrorsTheBank(EVERYTHING);
        assertThat(plaid.stack().exchange().attempts("POST /transactions/sync"))
                .anyMatch(a -> a.endsWith("-> 429")).anyMatch(a -> a.endsWith("-> 500")).anyMatch(a -> a.endsWith("-> 400"));
        assertThat(plaid.sleeper.waits()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("an expired consent stops the run as CONSENT_EXPIRED before anything is read")
    void expiredConsent() {
        connect();
        plaid.control().expireConsent(item.itemId());

        SyncOutcome outcome = sync.run(EVERYTHING);

        assertThat(outcome).isInstanceOf(SyncOutcome.ConsentExpired.class);
        assertThat(sync.all()).isEmpty();
        assertThat(plaid.stack().exchange().attempts("POST /transactions/sync")).isEmpty();
    }

    @Test
    @DisplayName("a stored cursor Plaid refuses is forgotten and the account is read from the beginning")
    void refusedCursor() {
        connect();
        plaid.store.put(org.banksync.domain.connection.Provider.PLAID, "cursor/" + accountId, "not-a-cursor", false);

        assertThat(sync.run(EVERYTHING)).isInstanceOf(SyncOutcome.Completed.class);

        assertMirrorsTheBank(EVERYTHING);
        assertThat(plaid.store.get("cursor/" + accountId)).isPresent().get().isNotEqualTo("not-a-cursor");
    }

    /** Every live row at the bank is stored once, under its identity, translated; nothing else is live. */
    private void assertMirrorsTheBank(LocalDate from) {
        List<TransactionRecord> truth = plaid.control().groundTruth(accountId).stream()
                .filter(t -> !t.date().isBefore(from)).toList();
        assertThat(truth).isNotEmpty();
        assertThat(sync.live()).hasSameSizeAs(truth);
        for (TransactionRecord expected : truth) {
            String key = !expected.pending() && expected.pendingTransactionId() != null
                    ? expected.pendingTransactionId() : expected.transactionId();
            BankTransaction stored = sync.stored(key).orElseThrow(() -> new AssertionError("not stored: " + expected));
            assertThat(stored.isLive()).as("live: %s", expected).isTrue();
            assertThat(stored.amount().amount()).as("amount of %s", expected).isEqualTo(expected.amount().negate());
            assertThat(stored.amount().currency().code()).isEqualTo(expected.isoCurrencyCode());
            assertThat(stored.bookingDate()).isEqualTo(expected.date());
            assertThat(stored.status()).isEqualTo(expected.pending() ? TransactionStatus.PENDING : TransactionStatus.BOOKED);
            assertThat(stored.description()).isEqualTo(expected.merchantName() != null ? expected.merchantName() : expected.name());
            assertThat(stored.rawDescription()).isEqualTo(expected.originalDescription() != null
                    ? expected.originalDescription() : expected.name());
            assertThat(stored.operationType()).isEqualTo(expected.transactionCode() != null
                    ? expected.transactionCode() : expected.paymentChannel());
            assertThat(stored.providerCategoryExternalId()).isEqualTo(PfcTaxonomy.vendored().categoryOf(
                    expected.personalFinanceCategory().primary(), expected.personalFinanceCategory().detailed()));
        }
    }
}
