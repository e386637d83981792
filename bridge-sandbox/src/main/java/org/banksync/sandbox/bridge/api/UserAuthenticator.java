package org.banksync.sandbox.bridge.api;

import org.banksync.sandbox.bridge.fault.RateLimiter;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.world.AccessToken;
import org.banksync.sandbox.bridge.world.SandboxUser;
import org.banksync.sandbox.bridge.world.World;

/** Resolves `Authorization: Bearer` to a user (401 when missing, unknown or expired) and applies the rate limit. */
public final class UserAuthenticator {

    private final World world;
    private final RateLimiter rateLimiter;

    public UserAuthenticator(World world, RateLimiter rateLimiter) {
        this.world = world;
        this.rateLimiter = rateLimiter;
    }

    public SandboxUser authenticate(Request request) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw ApiError.unauthorized("missing_access_token", "an Authorization: Bearer access token is required");
        }
        AccessToken token = world.token(header.substring(7).trim())
                .orElseThrow(() -> ApiError.unauthorized("invalid_access_token", "the access token is unknown"));
        if (!token.validAt(world.now())) {
            throw ApiError.unauthorized("expired_access_token", "the access token has expired");
        }
        SandboxUser user = world.user(token.userUuid())
                .orElseThrow(() -> ApiError.unauthorized("invalid_access_token", "the token's user was deleted"));
        if (!rateLimiter.tryAcquire(user.uuid())) {
            throw new ApiError(429, "too_many_requests", null,
                    "more than " + rateLimiter.perMinute() + " requests in a minute for this user");
        }
        return user;
    }
}
