package org.banksync.sandbox.plaid.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * A link token and the hosted Link session behind it: what /link/token/create was given, and what the
 * hosted page has done with it so far (started, the last error shown, the finished sessions).
 */
public final class LinkToken {

    /** What /link/token/create was given (updateItemId set in update mode, hosted fields when hosted_link was sent). */
    public record Spec(String clientName, String language, List<String> countryCodes, String clientUserId,
                       List<String> products, String webhook, String redirectUri, String updateItemId,
                       boolean hosted, String completionRedirectUri, int urlLifetimeSeconds, int daysRequested) {

        public Spec {
            countryCodes = List.copyOf(countryCodes);
            products = List.copyOf(products);
        }

        public boolean updateMode() {
            return updateItemId != null;
        }
    }

    private final String token;
    private final Spec spec;
    private final Instant createdAt;
    private final Instant expiration;
    private final String hostedSessionId;
    private final Instant hostedUrlExpiration;
    private final List<LinkSession> sessions = new ArrayList<>();
    private String linkSessionId;
    private Instant startedAt;
    private ApiError lastError;
    private boolean finished;

    LinkToken(String token, Spec spec, Instant createdAt, Instant expiration, String hostedSessionId,
              Instant hostedUrlExpiration) {
        this.token = token;
        this.spec = spec;
        this.createdAt = createdAt;
        this.expiration = expiration;
        this.hostedSessionId = hostedSessionId;
        this.hostedUrlExpiration = hostedUrlExpiration;
    }

    public String token() {
        return token;
    }

    public Spec spec() {
        return spec;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiration() {
        return expiration;
    }

    public String hostedSessionId() {
        return hostedSessionId;
    }

    public Instant hostedUrlExpiration() {
        return hostedUrlExpiration;
    }

    /** The Link session id, fixed when the page is first opened. */
    public synchronized String begin(Instant now, String newSessionId) {
        if (startedAt == null) {
            startedAt = now;
            linkSessionId = newSessionId;
        }
        return linkSessionId;
    }

    public synchronized Instant startedAt() {
        return startedAt;
    }

    public synchronized String linkSessionId() {
        return linkSessionId;
    }

    public synchronized ApiError lastError() {
        return lastError;
    }

    public synchronized void showError(ApiError error) {
        lastError = error;
    }

    public synchronized boolean finished() {
        return finished;
    }

    /** Ends the session once; false when it had already ended. */
    synchronized boolean finish(LinkSession session) {
        if (finished) {
            return false;
        }
        finished = true;
        sessions.add(session);
        return true;
    }

    public synchronized List<LinkSession> sessions() {
        return List.copyOf(sessions);
    }
}
