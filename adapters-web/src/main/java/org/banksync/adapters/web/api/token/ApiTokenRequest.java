package org.banksync.adapters.web.api.token;

/** The body of POST /api-tokens: a name, and optionally an expiry (ISO-8601 instant). */
public record ApiTokenRequest(String name, String expiresAt) {
}
