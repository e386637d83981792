package org.banksync.sandbox.bridge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.banksync.sandbox.bridge.control.SandboxControl;

/** Starts a sandbox on a fixed clock and sets up users with a connected item (test helper). */
final class SandboxFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-16T09:30:00Z");

    /** A user with a fresh token and one connected Demo Bank item. */
    record Connected(String userUuid, String token, ItemRecord item) {
    }

    final BridgeSandbox sandbox;
    final BridgeHttp http;
    final SandboxControl control;
    private int users;

    SandboxFixture(SandboxConfig.Builder config) {
        this.sandbox = BridgeSandbox.start(config.clock(Clock.fixed(START, ZoneOffset.UTC)).build());
        this.http = new BridgeHttp(sandbox);
        this.control = sandbox.control();
    }

    static SandboxFixture start(int transactionsPerAccount) {
        return new SandboxFixture(SandboxConfig.builder().clientId("test-client").clientSecret("test-secret")
                .webhookSecret("whsec-test").seed(42).transactionsPerAccount(transactionsPerAccount).historyMonths(12));
    }

    String newUser() {
        BridgeHttp.Reply reply = http.post("/v3/aggregation/users", "{\"external_user_id\":\"user-" + (++users) + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("user creation answered " + reply.status() + " " + reply.body());
        }
        return reply.json().get("uuid").asText();
    }

    String token(String userUuid) {
        return http.post("/v3/aggregation/authorization/token", "{\"user_uuid\":\"" + userUuid + "\"}")
                .json().get("access_token").asText();
    }

    Connected connected(String login) {
        String user = newUser();
        return new Connected(user, token(user), control.connectItem(user, 574, login));
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
