package org.banksync.application.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.application.connection.ConnectorRegistry;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.sync.port.in.RunSyncUseCase;
import org.banksync.application.sync.port.out.TransactionFeed;
import org.banksync.application.sync.port.out.TransactionFeed.FeedPage;
import org.banksync.application.sync.port.out.TransactionFeed.FeedRequest;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncProgress;
import org.banksync.domain.sync.SyncRunId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The orchestrator of a run (DESIGN.md section 4). Not transactional: the aggregator is called
 * outside any transaction, and each page is stored by {@link SyncSteps} in its own. A run killed
 * anywhere resumes from the last stored page; re-reading a page is harmless because rows are
 * upserted by their key.
 */
@ApplicationScoped
public class SynchronizeBankAccountService implements RunSyncUseCase {

    static final int PAGE_SIZE = 500;
    private static final int REJECTIONS_SHOWN = 3;
    private static final Logger LOG = Logger.getLogger(SynchronizeBankAccountService.class.getName());

    private SyncSteps steps;
    private FeedRegistry feeds;
    private ConnectorRegistry connectors;

    protected SynchronizeBankAccountService() {
    }

    @Inject
    public SynchronizeBankAccountService(SyncSteps steps, FeedRegistry feeds, ConnectorRegistry connectors) {
        this.steps = steps;
        this.feeds = feeds;
        this.connectors = connectors;
    }

    @Override
    public SyncOutcome run(SyncRunId id, BooleanSupplier stillOwned) {
        SyncPlan plan;
        try {
            plan = steps.begin(id);
        } catch (SyncRefused refused) {
            return failed(id, refused.outcome());
        }
        try {
            SyncOutcome health = checkItem(plan);
            if (health != null) {
                return failed(id, health);
            }
            TransactionFeed feed = feeds.of(plan.provider()).orElseThrow(() -> new AggregatorFailure(
                    AggregatorFailure.Kind.MISCONFIGURED, "no transaction feed is configured for " + plan.provider().wireName()));
            return readAllPages(plan, feed, stillOwned);
        } catch (AggregatorFailure failure) {
            return failed(id, outcomeOf(failure));
        } catch (LeaseLost lost) {
            LOG.info("Run " + id + " was taken over by another worker; this one stops.");
            return new SyncOutcome.TakenOver();
        }
    }

    /** A run meeting an expired consent or a needed action stops, keeping what was imported. */
    private SyncOutcome checkItem(SyncPlan plan) {
        ItemSnapshot item = connectors.of(plan.provider()).readItem(plan.company(), plan.itemId());
        steps.recordConnectionState(plan, item);
        return switch (item.state()) {
            case CONSENT_EXPIRED -> new SyncOutcome.ConsentExpired(item.stateDetail());
            case ACTION_NEEDED -> new SyncOutcome.ActionNeeded(item.stateDetail());
            case DISCONNECTED, UNSUPPORTED -> new SyncOutcome.ActionNeeded("the bank's connection is "
                    + item.state().name().toLowerCase(java.util.Locale.ROOT) + "; connect the bank again");
            case OK, SYNC_IN_PROGRESS, TEMPORARY_ERROR -> null;
        };
    }

    private SyncOutcome readAllPages(SyncPlan plan, TransactionFeed feed, BooleanSupplier stillOwned) {
        SyncProgress progress = SyncProgress.NONE;
        List<String> rejected = new ArrayList<>();
        String resumePoint = plan.resumePoint();
        boolean restarted = false;
        boolean more = true;
        long readingNanos = 0;
        long storingNanos = 0;
        while (more) {
            if (!stillOwned.getAsBoolean()) {
                throw new LeaseLost();
            }
            FeedPage page;
            long readStart = System.nanoTime();
            try {
                page = feed.readPage(plan.company(), plan.providerAccount(),
                        new FeedRequest(plan.minDate(), plan.updatedSince(), resumePoint, PAGE_SIZE));
                readingNanos += System.nanoTime() - readStart;
            } catch (TransactionFeed.ResumePointExpired expired) {
                if (restarted || resumePoint == null) {
                    throw new AggregatorFailure(AggregatorFailure.Kind.INVALID_RESPONSE, expired.getMessage(), expired);
                }
                steps.restartFromBeginning(plan.runId());
                resumePoint = null;
                restarted = true;
                continue;
            }
            long storeStart = System.nanoTime();
            progress = progress.plus(steps.storePage(plan, page));
            storingNanos += System.nanoTime() - storeStart;
            rejected.addAll(page.rejected());
            resumePoint = page.nextResumePoint();
            more = resumePoint != null;
        }
        if (!rejected.isEmpty()) {
            return failed(plan.runId(), new SyncOutcome.InvalidData(rejected.size() + " row(s) refused, the others stored: "
                    + String.join("; ", rejected.subList(0, Math.min(REJECTIONS_SHOWN, rejected.size())))));
        }
        steps.complete(plan);
        LOG.info(String.format(java.util.Locale.ROOT, "Run %s: %d page(s), %d row(s); reading from %s %.1f s, storing %.1f s",
                plan.runId(), progress.pages(), progress.rows(), plan.provider().wireName(), readingNanos / 1e9, storingNanos / 1e9));
        return new SyncOutcome.Completed(progress);
    }

    /** Records the outcome's error on the run (a run that completed or was taken over has none). */
    private SyncOutcome failed(SyncRunId id, SyncOutcome outcome) {
        outcome.error().ifPresent(error -> steps.fail(id, error));
        return outcome;
    }

    static SyncOutcome outcomeOf(AggregatorFailure failure) {
        return switch (failure.kind()) {
            case RATE_LIMITED -> new SyncOutcome.RateLimited(null);
            case INVALID_RESPONSE -> new SyncOutcome.InvalidData(failure.getMessage());
            case NOT_FOUND -> new SyncOutcome.ActionNeeded(failure.getMessage());
            case UNAVAILABLE, MISCONFIGURED, REFUSED -> new SyncOutcome.ProviderUnavailable(failure.getMessage());
        };
    }

    /** Another worker took the run over (this one's lease lapsed): stop without touching it. */
    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
