package org.banksync.bootstrap.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.banksync.application.sync.port.in.RunSyncUseCase;
import org.banksync.application.sync.port.out.SyncRunQueue;
import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncRunId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The worker pool of this instance: every second it claims queued runs (or runs whose lease
 * lapsed because their instance died) while it has a free worker, and carries them out. A run's
 * lease is renewed between pages; losing it stops the worker, since another one took over.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SyncWorkers {

    private static final Logger LOG = Logger.getLogger(SyncWorkers.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    SyncRunQueue queue;

    @Inject
    RunSyncUseCase runner;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "banksync.sync.workers", defaultValue = "2")
    int workers;

    /** How long a claimed run stays this worker's without a renewal; after that another instance resumes it. */
    @Inject
    @ConfigProperty(name = "banksync.sync.lease.seconds", defaultValue = "120")
    long leaseSeconds;

    private Semaphore free;
    private ScheduledFuture<?> polling;
    private volatile boolean stopping;
    private final AtomicLong claims = new AtomicLong();

    @PostConstruct
    void start() {
        free = new Semaphore(Math.max(1, workers));
        polling = scheduler.scheduleWithFixedDelay(this::claimWhileFree, 2, 1, TimeUnit.SECONDS);
        LOG.info("Sync workers started: " + workers + " on instance " + InstanceName.VALUE);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void claimWhileFree() {
        try {
            while (!stopping && free.tryAcquire()) {
                // One owner name per claim, so that two workers of this instance are told apart by the lease.
                String owner = InstanceName.VALUE + "#" + claims.incrementAndGet();
                Optional<SyncRunId> claimed = queue.claimNext(owner, lease(), clock.instant());
                if (claimed.isEmpty()) {
                    free.release();
                    return;
                }
                SyncRunId run = claimed.get();
                executor.execute(() -> execute(run, owner));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not claim sync runs; will try again", e);
        }
    }

    private Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    private void execute(SyncRunId run, String owner) {
        try {
            SyncOutcome outcome = runner.run(run, () -> !stopping && queue.renewLease(run, owner, lease(), clock.instant()));
            LOG.info("Sync run " + run + " ended: " + outcome.getClass().getSimpleName()
                    + outcome.error().map(error -> " (" + error.code() + ": " + error.message() + ")").orElse(""));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sync run " + run + " stopped unexpectedly; its lease will lapse and it will be resumed", e);
        } finally {
            free.release();
        }
    }
}
