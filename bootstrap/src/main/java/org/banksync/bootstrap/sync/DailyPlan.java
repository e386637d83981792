package org.banksync.bootstrap.sync;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When the day's synchronisation is due on this instance: at the configured time plus this instance's jitter. */
record DailyPlan(LocalTime at, ZoneId zone, Duration jitter) {

    /** True from the day's time plus jitter until midnight (claiming makes repeated calls harmless). */
    boolean isDue(ZonedDateTime now) {
        ZonedDateTime due = now.toLocalDate().atTime(at).atZone(zone).plus(jitter);
        return !now.isBefore(due);
    }
}
