package org.banksync.adapters.web.ui.sync;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RunViewTest {

    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    @DisplayName("a run's duration reads in seconds, minutes or hours, and is blank until it started")
    void duration() {
        assertThat(RunView.duration(START, START.plusSeconds(42))).isEqualTo("42 s");
        assertThat(RunView.duration(START, START.plusSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(RunView.duration(START, START.plusSeconds(3720))).isEqualTo("1 h 02 min");
        assertThat(RunView.duration(null, START)).isEmpty();
    }
}
