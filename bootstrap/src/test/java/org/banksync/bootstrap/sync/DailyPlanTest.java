package org.banksync.bootstrap.sync;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DailyPlanTest {

    private final ZoneId paris = ZoneId.of("Europe/Paris");
    private final DailyPlan plan = new DailyPlan(LocalTime.of(3, 0), paris, Duration.ofMinutes(7));

    @Test
    @DisplayName("the day's sync is due from the configured time plus this instance's jitter, in the configured zone")
    void dueAfterTimePlusJitter() {
        assertThat(plan.isDue(ZonedDateTime.of(2026, 11, 27, 3, 6, 59, 0, paris))).isFalse();
        assertThat(plan.isDue(ZonedDateTime.of(2026, 11, 27, 3, 7, 0, 0, paris))).isTrue();
        assertThat(plan.isDue(ZonedDateTime.of(2026, 11, 27, 23, 0, 0, 0, paris))).isTrue();
        assertThat(plan.isDue(ZonedDateTime.of(2026, 11, 27, 2, 0, 0, 0, paris))).isFalse();
    }

    @Test
    @DisplayName("a clock in another zone is read in the configured one (02:30 UTC is 03:30 in Paris in winter)")
    void readsTheConfiguredZone() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 27, 2, 30, 0, 0, ZoneId.of("UTC"));
        assertThat(plan.isDue(utc.withZoneSameInstant(paris))).isTrue();
    }
}
