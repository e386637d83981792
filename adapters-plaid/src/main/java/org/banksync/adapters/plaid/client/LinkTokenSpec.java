package org.banksync.adapters.plaid.client;

import java.net.URI;
import java.util.Objects;

/**
 * What a Hosted Link session is for: the company's opaque user id, where the browser returns and
 * where webhooks go; {@code updateOf} is the Item to repair in update mode, null for a new Item.
 */
public record LinkTokenSpec(String clientUserId, AccessToken updateOf, URI completionRedirectUri, URI webhook) {

    /** How long the hosted page's URL stays usable (Plaid's default; the context lives as long). */
    public static final int URL_LIFETIME_SECONDS = 1800;

    public LinkTokenSpec {
        Objects.requireNonNull(clientUserId, "clientUserId");
        Objects.requireNonNull(completionRedirectUri, "completionRedirectUri");
        Objects.requireNonNull(webhook, "webhook");
    }

    public boolean updateMode() {
        return updateOf != null;
    }
}
