package org.banksync.adapters.web.api.token;

import org.banksync.application.user.ApiToken;

/** A token as its owner sees it; {@code token} (the secret) is only ever filled in the answer to its creation. */
public record ApiTokenView(String id, String name, String prefix, String createdAt, String lastUsedAt, String expiresAt,
                           String revokedAt, String token) {

    static ApiTokenView of(ApiToken token, String secret) {
        return new ApiTokenView(token.id().toString(), token.name(), token.prefix(), token.createdAt().toString(),
                token.lastUsedAt() == null ? null : token.lastUsedAt().toString(),
                token.expiresAt() == null ? null : token.expiresAt().toString(),
                token.revokedAt() == null ? null : token.revokedAt().toString(), secret);
    }
}
