package org.banksync.sandbox.bridge;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import org.banksync.sandbox.bridge.data.GenerationSettings;

/**
 * How a sandbox runs. Unset credentials are generated at random (read them back from the config);
 * port 0 picks a free port; the server binds to the loopback address only unless told otherwise.
 */
public record SandboxConfig(int port, String bindAddress, String publicUrl, String clientId, String clientSecret,
                            String webhookSecret, URI webhookUrl, long seed, int transactionsPerAccount,
                            int historyMonths, Clock clock, boolean rateLimit, boolean requireUserEmail) {

    public SandboxConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        new GenerationSettings(seed, transactionsPerAccount, historyMonths); // validates the data options
    }

    public static Builder builder() {
        return new Builder();
    }

    GenerationSettings generation() {
        return new GenerationSettings(seed, transactionsPerAccount, historyMonths);
    }

    /** Builds a config; every option has a default. */
    public static final class Builder {
        private static final SecureRandom RANDOM = new SecureRandom();

        private int port;
        private String bindAddress = "127.0.0.1";
        private String publicUrl;
        private String clientId;
        private String clientSecret;
        private String webhookSecret;
        private URI webhookUrl;
        private long seed = 42;
        private int transactionsPerAccount = 300;
        private int historyMonths = 12;
        private Clock clock = Clock.systemUTC();
        private boolean rateLimit;
        private boolean requireUserEmail = true;

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

        /** The URL clients reach the sandbox at, when it differs from http://bindAddress:port. */
        public Builder publicUrl(String value) {
            this.publicUrl = value;
            return this;
        }

        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        public Builder webhookSecret(String value) {
            this.webhookSecret = value;
            return this;
        }

        /** Where the sandbox sends the webhooks it raises itself; none by default. */
        public Builder webhookUrl(URI value) {
            this.webhookUrl = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder transactionsPerAccount(int value) {
            this.transactionsPerAccount = value;
            return this;
        }

        /** Months of history per account, 1..36 (12 by default). */
        public Builder historyMonths(int value) {
            this.historyMonths = value;
            return this;
        }

        /** The clock the sandbox starts from (the control API then shifts it); UTC system clock by default. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Whether the 60 requests per user per minute limit is on from the start (off by default). */
        public Builder rateLimit(boolean value) {
            this.rateLimit = value;
            return this;
        }

        /** Whether connect sessions need user_email, as Bridge documents (true by default). */
        public Builder requireUserEmail(boolean value) {
            this.requireUserEmail = value;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(port, bindAddress, publicUrl,
                    clientId != null ? clientId : "sandbox-" + random(8),
                    clientSecret != null ? clientSecret : random(24),
                    webhookSecret != null ? webhookSecret : random(24),
                    webhookUrl, seed, transactionsPerAccount, historyMonths, clock, rateLimit, requireUserEmail);
        }

        private static String random(int bytes) {
            byte[] value = new byte[bytes];
            RANDOM.nextBytes(value);
            return HexFormat.of().formatHex(value);
        }
    }
}
