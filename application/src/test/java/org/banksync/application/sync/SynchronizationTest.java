package org.banksync.application.sync;

import org.banksync.application.connection.ConnectorRegistry;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.BankConnector;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.application.sync.port.in.RequestSyncUseCase.RequestSyncCommand;
import org.banksync.application.sync.port.in.RequestSyncUseCase.SyncRequest;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryConnectionPorts;
import org.banksync.application.testing.InMemorySyncPorts;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.sync.SyncErrorCode;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.sync.SyncTrigger;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionSource;
import org.banksync.domain.transaction.TransactionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;

class SynchronizationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemoryAdapters core = new InMemoryAdapters();
    private final InMemoryConnectionPorts connectionPorts = new InMemoryConnectionPorts();
    private final InMemorySyncPorts syncPorts = new InMemorySyncPorts(core.transactions);
    private final ScriptedFeed feed = new ScriptedFeed();
    private final Item item = new Item();

    private final RequestSyncService request = new RequestSyncService(core.accounts, syncPorts.runs, core.clock);
    private final SyncSteps steps = new SyncSteps(syncPorts.runs, core.accounts, connectionPorts.connections, core.categories,
            syncPorts.store, core.clock);
    private final SynchronizeBankAccountService orchestrator = new SynchronizeBankAccountService(steps,
            new FeedRegistry(List.of(feed)), new ConnectorRegistry(List.<BankConnector>of(item)));

    private final BankAccount account;

    SynchronizationTest() {
        BankAccount opened = core.storedAccount(CompanyCode.DEFAULT, "Compte courant", "FR7630006000011234567890189");
        BankConnection connection = BankConnection.open(opened.bankId(), CompanyCode.DEFAULT, Provider.BRIDGE, "item-1");
        connectionPorts.connections.save(connection);
        opened.linkTo(new ProviderAccountRef(connection.id(), "48178048"));
        core.accounts.save(opened);
        account = opened;
    }

    @Test
    @DisplayName("a first sync from a date imports exactly the bank's rows from that date, page after page, and moves the watermark")
    void firstSyncImportsTheWindow() {
        bankRows(1_200, LocalDate.of(2026, 1, 1));
        feed.put(row("old", LocalDate.of(2025, 12, 31), "-5.00", T0));

        SyncRun run = request(LocalDate.of(2026, 1, 1));
        SyncOutcome outcome = orchestrator.run(run.id(), () -> true);

        assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(liveRows()).hasSize(1_200).noneMatch(t -> t.externalId().value().equals("old"));
        SyncRun done = syncPorts.runs.findById(run.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(done.progress().pages()).isEqualTo(3);
        assertThat(done.progress().created()).isEqualTo(1_200);
        BankAccount synced = core.accounts.findById(account.id()).orElseThrow();
        assertThat(synced.syncWatermark()).isEqualTo(T0.plusSeconds(1_199));
        assertThat(synced.lastSuccessfulSyncAt()).isNotNull();
        assertThat(feed.requests.get(0).updatedSince()).isNull();
        assertThat(feed.requests.get(0).minDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(feed.requests.get(0).pageSize()).isEqualTo(500);
    }

    @Test
    @DisplayName("a second sync with no change creates nothing and asks only for rows changed since the watermark minus one hour")
    void secondSyncAsksOnlyForChanges() {
        bankRows(30, LocalDate.of(2026, 1, 1));
        orchestrator.run(request(LocalDate.of(2026, 1, 1)).id(), () -> true);

        SyncRun second = request(null);
        orchestrator.run(second.id(), () -> true);

        FeedRequestAssert.last(feed).hasUpdatedSince(T0.plusSeconds(29).minus(Duration.ofHours(1))).hasMinDate(LocalDate.of(2026, 1, 1));
        SyncRun done = syncPorts.runs.findById(second.id()).orElseThrow();
        assertThat(done.progress().created()).isZero();
        assertThat(done.progress().updated()).isZero();
        assertThat(liveRows()).hasSize(30);
    }

    @Test
    @DisplayName("added, modified and deleted rows at the bank leave exactly the bank's rows, deletions as tombstones")
    void changesAreMirrored() {
        bankRows(10, LocalDate.of(2026, 1, 1));
        orchestrator.run(request(LocalDate.of(2026, 1, 1)).id(), () -> true);

        feed.put(row("tx-3", LocalDate.of(2026, 1, 4), "-99.99", T0.plus(Duration.ofDays(1))));
        feed.put(aSourceTransaction().externalId("tx-4").deleted(true).updatedAt(T0.plus(Duration.ofDays(1))).build());
        feed.put(row("new-1", LocalDate.of(2026, 2, 1), "12.00", T0.plus(Duration.ofDays(1))));
        SyncRun second = request(null);
        orchestrator.run(second.id(), () -> true);

        assertThat(liveRows()).hasSize(10).extracting(t -> t.externalId().value()).contains("new-1").doesNotContain("tx-4");
        assertThat(stored("tx-3").amount().amount()).isEqualByComparingTo("-99.99");
        assertThat(stored("tx-4").isLive()).isFalse();
        SyncRun done = syncPorts.runs.findById(second.id()).orElseThrow();
        assertThat(done.progress().created()).isEqualTo(1);
        assertThat(done.progress().updated()).isEqualTo(1);
        assertThat(done.progress().deleted()).isEqualTo(1);
    }

    @Test
    @DisplayName("a pending row that posts stays one row, turned BOOKED in place")
    void pendingRowPostsInPlace() {
        feed.put(aSourceTransaction().externalId("fut-1").date(LocalDate.of(2026, 11, 30)).bookingDate(LocalDate.of(2026, 11, 30)).amount("-40.00").future(true).updatedAt(T0).build());
        orchestrator.run(request(LocalDate.of(2026, 1, 1)).id(), () -> true);
        assertThat(stored("fut-1").status()).isEqualTo(TransactionStatus.PENDING);

        feed.put(aSourceTransaction().externalId("fut-1").date(LocalDate.of(2026, 12, 1)).bookingDate(LocalDate.of(2026, 12, 1)).amount("-40.00").future(false)
                .updatedAt(T0.plus(Duration.ofDays(2))).build());
        orchestrator.run(request(null).id(), () -> true);

        assertThat(liveRows()).hasSize(1);
        assertThat(stored("fut-1").status()).isEqualTo(TransactionStatus.BOOKED);
        assertThat(stored("fut-1").bookingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("a category chosen by the user survives a re-sync; the provider's category is kept beside it")
    void userCategorySurvives() {
        TransactionCategory fuel = importedCategory("247", "Carburant");
        TransactionCategory mine = core.storedCategory("Déplacements Paris", null);
        feed.put(aSourceTransaction().externalId("tx-1").date(LocalDate.of(2026, 3, 1)).bookingDate(LocalDate.of(2026, 3, 1)).amount("-60.00").providerCategory("247").updatedAt(T0).build());
        orchestrator.run(request(LocalDate.of(2026, 1, 1)).id(), () -> true);
        assertThat(stored("tx-1").categoryId()).isEqualTo(fuel.id());

        BankTransaction chosen = stored("tx-1");
        chosen.assignCategoryByUser(mine.id(), core.clock);
        core.transactions.save(chosen);
        feed.put(aSourceTransaction().externalId("tx-1").date(LocalDate.of(2026, 3, 1)).bookingDate(LocalDate.of(2026, 3, 1)).amount("-61.00").providerCategory("247")
                .updatedAt(T0.plus(Duration.ofDays(1))).build());
        orchestrator.run(request(null).id(), () -> true);

        assertThat(stored("tx-1").categoryId()).isEqualTo(mine.id());
        assertThat(stored("tx-1").providerCategoryExternalId()).isEqualTo("247");
        assertThat(stored("tx-1").amount().amount()).isEqualByComparingTo("-61.00");
    }

    @Test
    @DisplayName("the aggregator failing mid-history fails the run with a reason, keeps the stored pages and leaves the watermark")
    void failureMidHistoryKeepsWhatWasStored() {
        bankRows(1_200, LocalDate.of(2026, 1, 1));
        feed.failOnRequest = 2;
        feed.failure = new AggregatorFailure(AggregatorFailure.Kind.UNAVAILABLE, "Bridge answered 503 four times");

        SyncRun run = request(LocalDate.of(2026, 1, 1));
        SyncOutcome outcome = orchestrator.run(run.id(), () -> true);

        assertThat(outcome).isInstanceOf(SyncOutcome.ProviderUnavailable.class);
        SyncRun failed = syncPorts.runs.findById(run.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(SyncRunState.FAILED);
        assertThat(failed.error().code()).isEqualTo(SyncErrorCode.PROVIDER_UNAVAILABLE);
        assertThat(failed.error().message()).contains("503");
        assertThat(failed.error().remedy()).isNotBlank();
        assertThat(liveRows()).hasSize(1_000);
        assertThat(core.accounts.findById(account.id()).orElseThrow().syncWatermark()).isNull();
    }

    @Test
    @DisplayName("a run interrupted after some pages resumes from its stored resume point and ends with exactly the bank's rows")
    void interruptedRunResumes() {
        bankRows(1_200, LocalDate.of(2026, 1, 1));
        SyncRun run = request(LocalDate.of(2026, 1, 1));
        int[] pagesBeforeCrash = {1};
        SyncOutcome abandoned = orchestrator.run(run.id(), () -> pagesBeforeCrash[0]-- > 0);
        assertThat(abandoned).isInstanceOf(SyncOutcome.TakenOver.class);
        assertThat(syncPorts.runs.findById(run.id()).orElseThrow().resumePoint()).isEqualTo("offset:500");

        SyncOutcome resumed = orchestrator.run(run.id(), () -> true);

        assertThat(resumed).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(feed.requests.get(1).resumePoint()).isEqualTo("offset:500");
        assertThat(liveRows()).hasSize(1_200);
        assertThat(syncPorts.runs.findById(run.id()).orElseThrow().progress().created()).isEqualTo(1_200);
    }

    @Test
    @DisplayName("a resume point the aggregator no longer accepts makes the run start over, harmlessly")
    void expiredResumePointStartsOver() {
        bankRows(700, LocalDate.of(2026, 1, 1));
        SyncRun run = request(LocalDate.of(2026, 1, 1));
        int[] pages = {1};
        orchestrator.run(run.id(), () -> pages[0]-- > 0);
        feed.expireResumePointsOnce = true;

        assertThat(orchestrator.run(run.id(), () -> true)).isInstanceOf(SyncOutcome.Completed.class);
        assertThat(liveRows()).hasSize(700);
    }

    @Test
    @DisplayName("an expired consent stops the run with CONSENT_EXPIRED before reading, keeping what was imported")
    void expiredConsentStopsTheRun() {
        bankRows(5, LocalDate.of(2026, 1, 1));
        orchestrator.run(request(LocalDate.of(2026, 1, 1)).id(), () -> true);
        item.state = ConnectionState.CONSENT_EXPIRED;

        SyncRun run = request(null);
        SyncOutcome outcome = orchestrator.run(run.id(), () -> true);

        assertThat(outcome).isInstanceOf(SyncOutcome.ConsentExpired.class);
        assertThat(syncPorts.runs.findById(run.id()).orElseThrow().error().remedy()).contains("Reconnect");
        assertThat(connectionPorts.connections.findAll().get(0).state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(liveRows()).hasSize(5);
    }

    @Test
    @DisplayName("rows the aggregator sent invalid are reported in a FAILED run; the valid rows are stored")
    void invalidRowsAreReported() {
        bankRows(3, LocalDate.of(2026, 1, 1));
        feed.rejectedOnFirstPage.add("transaction 99: amount 'abc' is not a number");

        SyncRun run = request(LocalDate.of(2026, 1, 1));
        SyncOutcome outcome = orchestrator.run(run.id(), () -> true);

        assertThat(outcome).isInstanceOf(SyncOutcome.InvalidData.class);
        assertThat(syncPorts.runs.findById(run.id()).orElseThrow().error().message()).contains("amount 'abc'");
        assertThat(liveRows()).hasSize(3);
    }

    @Test
    @DisplayName("a second request while a run is queued gets that run back; the first sync needs a date; an unlinked account is refused")
    void requestRules() {
        SyncRun first = request(LocalDate.of(2026, 1, 1));
        SyncRequest again = request.request(new RequestSyncCommand(account.id(), null, SyncTrigger.API));
        assertThat(again).isInstanceOf(SyncRequest.AlreadyActive.class);
        assertThat(again.run().id()).isEqualTo(first.id());

        BankAccount other = core.storedAccount(CompanyCode.DEFAULT, "Livret", null);
        assertThatThrownBy(() -> request.request(new RequestSyncCommand(other.id(), LocalDate.of(2026, 1, 1), SyncTrigger.USER)))
                .isInstanceOf(DomainViolation.class).extracting("field").isEqualTo("bankAccountId");

        orchestrator.run(first.id(), () -> true);
        BankAccount fresh = core.storedAccount(CompanyCode.DEFAULT, "Autre", null);
        fresh.linkTo(new ProviderAccountRef(connectionPorts.connections.findAll().get(0).id(), "999"));
        core.accounts.save(fresh);
        assertThatThrownBy(() -> request.request(new RequestSyncCommand(fresh.id(), null, SyncTrigger.USER)))
                .isInstanceOf(DomainViolation.class).extracting("field").isEqualTo("since");
    }

    private SyncRun request(LocalDate since) {
        SyncRequest answer = request.request(new RequestSyncCommand(account.id(), since, SyncTrigger.USER));
        assertThat(answer).isInstanceOf(SyncRequest.Queued.class);
        return answer.run();
    }

    private void bankRows(int count, LocalDate from) {
        for (int i = 0; i < count; i++) {
            feed.put(row("tx-" + i, from.plusDays(i % 300), "-" + (i + 1) + ".50", T0.plusSeconds(i)));
        }
    }

    private static org.banksync.domain.transaction.SourceTransaction row(String id, LocalDate date, String amount, Instant updatedAt) {
        return aSourceTransaction().externalId(id).date(date).bookingDate(date).amount(amount).updatedAt(updatedAt).build();
    }

    private List<BankTransaction> liveRows() {
        return core.transactions.all().stream().filter(t -> t.bankAccountId().equals(account.id()) && t.isLive()).toList();
    }

    private BankTransaction stored(String externalId) {
        return core.transactions.findByKey(account.id(), TransactionSource.BRIDGE, ExternalRef.of(externalId)).orElseThrow();
    }

    private TransactionCategory importedCategory(String externalId, String name) {
        TransactionCategory category = TransactionCategory.importFromProvider(
                new org.banksync.domain.category.ProviderCategoryRef(Provider.BRIDGE, externalId),
                org.banksync.domain.category.LocalizedName.of(name), null, org.banksync.domain.category.CashFlowDirection.OUT);
        core.categories.save(category);
        return category;
    }

    /** The aggregator's item, whose state a test sets. */
    private static final class Item implements BankConnector {
        ConnectionState state = ConnectionState.OK;

        @Override
        public Provider provider() {
            return Provider.BRIDGE;
        }

        @Override
        public URI startConnectSession(CompanyCode company, ConnectSessionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ItemSnapshot readItem(CompanyCode company, String itemId) {
            return new ItemSnapshot(itemId, state, state.name().toLowerCase(java.util.Locale.ROOT), null, null);
        }

        @Override
        public AccountsRead readAccounts(CompanyCode company, String itemId) {
            return new AccountsRead(List.of(), List.of());
        }

        @Override
        public List<ProviderCategorySnapshot> readCategories() {
            return List.of();
        }
    }

    /** Reads the last request the feed received. */
    private record FeedRequestAssert(org.banksync.application.sync.port.out.TransactionFeed.FeedRequest request) {
        static FeedRequestAssert last(ScriptedFeed feed) {
            return new FeedRequestAssert(feed.requests.get(feed.requests.size() - 1));
        }

        FeedRequestAssert hasUpdatedSince(Instant expected) {
            assertThat(request.updatedSince()).isEqualTo(expected);
            return this;
        }

        FeedRequestAssert hasMinDate(LocalDate expected) {
            assertThat(request.minDate()).isEqualTo(expected);
            return this;
        }
    }

}
