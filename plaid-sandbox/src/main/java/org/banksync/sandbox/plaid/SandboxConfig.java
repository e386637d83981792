package org.banksync.sandbox.plaid;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import org.banksync.sandbox.plaid.data.GenerationSettings;

/**
 * How a sandbox runs. Unset credentials are generated at random (read them back from the config);
 * port 0 picks a free port; the server binds to the loopback address only unless told otherwise.
 */
public record SandboxConfig(int port, String bindAddress, String publicUrl, String clientId, String secret,
                            URI webhookUrl, long seed, int transactionsPerAccount, Clock clock, boolean netted,
                            boolean initialNotReady, boolean rateLimit) {

    public SandboxConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (publicUrl != null && publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        new GenerationSettings(seed, transactionsPerAccount); // validates the data options
    }

    public static Builder builder() {
        return new Builder();
    }

    GenerationSettings generation() {
        return new GenerationSettings(seed, transactionsPerAccount);
    }

    /** Builds a config; every option has a default. */
    public static final class Builder {
        private static final SecureRandom RANDOM = new SecureRandom();

        private int port;
        private String bindAddress = "127.0.0.1";
        private String publicUrl;
        private String clientId;
        private String secret;
        private URI webhookUrl;
        private long seed = 42;
        private int transactionsPerAccount = 120;
        private Clock clock = Clock.systemUTC();
        private boolean netted = true;
        private boolean initialNotReady;
        private boolean rateLimit;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The address to listen on; 127.0.0.1 by default. */
        public Builder bindAddress(String value) {
            this.bindAddress = value;
            return this;
        }

        /** The URL clients reach the sandbox at, when it differs from http://bindAddress:port (used in hosted_link_url). */
        public Builder publicUrl(String value) {
            this.publicUrl = value;
            return this;
        }

        /** The only client_id accepted; random (24 hex) by default. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The only secret accepted; random (30 hex) by default. */
        public Builder secret(String value) {
            this.secret = value;
            return this;
        }

        /** The webhook URL of Items whose link token named none; none by default. */
        public Builder webhookUrl(URI value) {
            this.webhookUrl = value;
            return this;
        }

        /** All generated data derives from it; 42 by default. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Rows per checking account (savings accounts get a fifth), 1..100,000; 120 by default. */
        public Builder transactionsPerAccount(int value) {
            this.transactionsPerAccount = value;
            return this;
        }

        /** The clock the sandbox starts from (the control API then shifts it); UTC system clock by default. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Netted sync pages (one change per transaction per update; the default) or raw (every log entry). */
        public Builder netted(boolean value) {
            this.netted = value;
            return this;
        }

        /** Whether an Item's first /transactions/sync answers NOT_READY, then SYNC_UPDATES_AVAILABLE (off by default). */
        public Builder initialNotReady(boolean value) {
            this.initialNotReady = value;
            return this;
        }

        /** Whether Plaid's per-Item and per-client rate limits are on from the start (off by default). */
        public Builder rateLimit(boolean value) {
            this.rateLimit = value;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(port, bindAddress, publicUrl,
                    clientId != null ? clientId : random(12),
                    secret != null ? secret : random(15),
                    webhookUrl, seed, transactionsPerAccount, clock, netted, initialNotReady, rateLimit);
        }

        private static String random(int bytes) {
            byte[] value = new byte[bytes];
            RANDOM.nextBytes(value);
            return HexFormat.of().formatHex(value);
        }
    }
}
