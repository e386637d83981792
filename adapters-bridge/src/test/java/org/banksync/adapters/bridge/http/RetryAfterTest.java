package org.banksync.adapters.bridge.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Retry-After")
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");

    @Test
    @DisplayName("reads delay-seconds")
    void seconds() {
        assertThat(RetryAfter.parse(" 5 ", NOW)).contains(Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("reads an HTTP-date as the time left until then, zero once it has passed")
    void httpDate() {
        assertThat(RetryAfter.parse("Mon, 16 Mar 2026 09:30:42 GMT", NOW)).contains(Duration.ofSeconds(42));
        assertThat(RetryAfter.parse("Mon, 16 Mar 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    @DisplayName("ignores an absent or unreadable header")
    void unreadable() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    }
}
