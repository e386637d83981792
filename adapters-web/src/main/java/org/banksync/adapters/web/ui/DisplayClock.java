package org.banksync.adapters.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Instants as the user reads them: in BANKSYNC_TIMEZONE (the server's zone by default), the zone the daily
 * synchronisation runs in; and when that next daily run is due (BANKSYNC_SYNC_DAILY_AT, plus up to ten
 * minutes of per-instance jitter that the page does not try to predict).
 */
@ApplicationScoped
public class DisplayClock {

    private Clock clock;
    private ZoneId zone;
    private LocalTime dailyAt;

    protected DisplayClock() {
    }

    @Inject
    public DisplayClock(Clock clock, @ConfigProperty(name = "banksync.timezone") Optional<String> timezone,
                        @ConfigProperty(name = "banksync.sync.daily.at", defaultValue = "03:00") String dailyAt) {
        this.clock = clock;
        this.zone = timezone.filter(name -> !name.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
        this.dailyAt = LocalTime.parse(dailyAt.strip());
    }

    /** The instant on the wall clock of the display zone; null stays null. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The next daily synchronisation, as a wall-clock time of the display zone. */
    public LocalDateTime nextDailySync() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        ZonedDateTime today = now.toLocalDate().atTime(dailyAt).atZone(zone);
        return (now.isBefore(today) ? today : today.plusDays(1)).toLocalDateTime();
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }
}
