package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The switchable rate limit allows 60 requests per user per minute of sandbox time")
class RateLimitTest {

    private SandboxFixture fixture;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(20);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("the 61st call in a minute is a 429 for that user only, and a minute later calls pass again")
    void limitsPerUser() {
        SandboxFixture.Connected alice = fixture.connected("success");
        SandboxFixture.Connected bob = fixture.connected("success");
        fixture.control.rateLimit(true);

        for (int i = 0; i < 60; i++) {
            assertThat(fixture.http.get("/v3/aggregation/items", alice.token()).status()).as("call %d", i + 1).isEqualTo(200);
        }
        BridgeHttp.Reply limited = fixture.http.get("/v3/aggregation/accounts", alice.token());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("too_many_requests");
        assertThat(fixture.http.get("/v3/aggregation/items", bob.token()).status()).isEqualTo(200);

        fixture.control.advanceClock(Duration.ofSeconds(61));
        assertThat(fixture.http.get("/v3/aggregation/items", alice.token()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("switched off (the default), a user may call as often as they like")
    void offByDefault() {
        SandboxFixture.Connected alice = fixture.connected("success");
        for (int i = 0; i < 80; i++) {
            assertThat(fixture.http.get("/v3/aggregation/items", alice.token()).status()).isEqualTo(200);
        }
    }
}
