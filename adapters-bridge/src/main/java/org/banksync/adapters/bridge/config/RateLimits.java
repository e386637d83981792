package org.banksync.adapters.bridge.config;

/**
 * The request limits the client keeps under: Bridge's published ones by default. Operators with a
 * negotiated quota (and the benchmark, against the sandbox) raise them with bridge.rate.* settings.
 */
public record RateLimits(int perUserPerMinute, int tokensPerUserPerMinute, int perApplicationPer5Minutes) {

    /** 60 per user per minute, 10 token requests per user per minute, 2,000 per application per 5 minutes. */
    public static final RateLimits BRIDGE_PUBLISHED = new RateLimits(60, 10, 2000);

    public RateLimits {
        if (perUserPerMinute < 1 || tokensPerUserPerMinute < 1 || perApplicationPer5Minutes < 1) {
            throw new IllegalArgumentException("rate limits must be positive: " + this);
        }
    }
}
