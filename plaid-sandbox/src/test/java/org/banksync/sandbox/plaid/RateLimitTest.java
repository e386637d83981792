package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Plaid's per-Item limits, when switched on: 429 RATE_LIMIT_EXCEEDED per endpoint and Item, per sandbox minute")
class RateLimitTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private PlaidHttp.Reply call(String path, ItemRecord target) {
        return fixture.http.call(path, PlaidHttp.object().put("access_token", target.accessToken()));
    }

    @Test
    @DisplayName("off by default: 20 /accounts/get calls in a minute all pass")
    void offByDefault() {
        for (int i = 0; i < 20; i++) {
            assertThat(call("/accounts/get", item).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("on: the 16th /accounts/get of an Item is ACCOUNTS_LIMIT, another endpoint and another Item still pass")
    void accountsLimit() {
        fixture.control.rateLimit(true);
        for (int i = 0; i < 15; i++) {
            assertThat(call("/accounts/get", item).status()).isEqualTo(200);
        }
        PlaidHttp.Reply limited = call("/accounts/get", item);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorType()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(limited.errorCode()).isEqualTo("ACCOUNTS_LIMIT");
        assertThat(call("/item/get", item).status()).isEqualTo(200);
        assertThat(call("/accounts/get", fixture.item(SandboxFixture.US_BANK)).status()).isEqualTo(200);

        fixture.control.advanceClock(Duration.ofSeconds(61));
        assertThat(call("/accounts/get", item).status()).as("a new minute").isEqualTo(200);
    }

    @Test
    @DisplayName("on: the 51st /transactions/sync of an Item is TRANSACTIONS_SYNC_LIMIT; switching off lifts it")
    void syncLimit() {
        fixture.control.rateLimit(true);
        for (int i = 0; i < 50; i++) {
            assertThat(fixture.sync(item.accessToken(), null, 1, null).status()).isEqualTo(200);
        }
        assertThat(fixture.sync(item.accessToken(), null, 1, null).errorCode()).isEqualTo("TRANSACTIONS_SYNC_LIMIT");
        fixture.control.rateLimit(false);
        assertThat(fixture.sync(item.accessToken(), null, 1, null).status()).isEqualTo(200);
    }
}
