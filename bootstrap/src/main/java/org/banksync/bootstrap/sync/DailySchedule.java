package org.banksync.bootstrap.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.banksync.application.sync.port.in.ScheduleDailySyncUseCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily synchronisation at BANKSYNC_SYNC_DAILY_AT (default 03:00) in BANKSYNC_TIMEZONE (default
 * the server's), plus up to ten minutes of jitter per instance. Every instance checks each minute;
 * the claim in PostgreSQL lets only one of them queue the day's runs.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailySchedule {

    private static final Logger LOG = Logger.getLogger(DailySchedule.class.getName());
    private static final Duration MAX_JITTER = Duration.ofMinutes(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ScheduleDailySyncUseCase schedule;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "banksync.sync.daily.at", defaultValue = "03:00")
    String dailyAt;

    @Inject
    @ConfigProperty(name = "banksync.timezone")
    Optional<String> timezone;

    private DailyPlan plan;
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        plan = new DailyPlan(LocalTime.parse(dailyAt), timezone.map(ZoneId::of).orElse(ZoneId.systemDefault()),
                Duration.ofSeconds(ThreadLocalRandom.current().nextLong(MAX_JITTER.toSeconds())));
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 30, 60, TimeUnit.SECONDS);
        LOG.info("Daily sync at " + plan.at() + " " + plan.zone() + " (+" + plan.jitter().toSeconds() + " s on this instance)");
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(plan.zone()));
            if (plan.isDue(now)) {
                int queued = schedule.scheduleDay(now.toLocalDate(), InstanceName.VALUE);
                if (queued > 0) {
                    LOG.info("Daily sync of " + now.toLocalDate() + ": " + queued + " run(s) queued");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily sync could not be scheduled; will try again in a minute", e);
        }
    }
}
