package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The latest Link session of a link token, as {@code /link/token/get} reports it: whether the user
 * left Link ({@code exit}, with Plaid's error code or status when there is one), and for a new Item
 * the public token to exchange. The token is not printed.
 */
public record LinkSession(String sessionId, Instant startedAt, Instant finishedAt, boolean exited, String exitCode,
                          String exitStatus, String publicToken) {

    private static final String WHAT = "the link token's sessions";

    /** The most recent session, or empty when the user has not finished one. */
    public static Optional<LinkSession> latest(String body) {
        JsonObject object = WireJson.object(body, WHAT);
        WireJson.requiredArray(object, "link_sessions", WHAT);
        try {
            List<LinkSession> sessions = WireJson.objects(object, "link_sessions").stream().map(LinkSession::from).toList();
            return sessions.stream().max(Comparator.comparing(LinkSession::when,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }

    private static LinkSession from(JsonObject session) {
        JsonObject exit = WireJson.child(session, "exit");
        if (exit == null) {
            exit = WireJson.child(session, "on_exit");
        }
        JsonObject error = exit == null ? null : WireJson.child(exit, "error");
        JsonObject metadata = exit == null ? null : WireJson.child(exit, "metadata");
        return new LinkSession(WireJson.raw(session, "link_session_id"), WireJson.instant(session, "started_at"),
                WireJson.instant(session, "finished_at"), exit != null,
                error == null ? null : WireJson.raw(error, "error_code"),
                metadata == null ? null : WireJson.raw(metadata, "status"), publicToken(session));
    }

    /** {@code results.item_add_results[0].public_token}, or the deprecated {@code on_success.public_token}. */
    private static String publicToken(JsonObject session) {
        JsonObject results = WireJson.child(session, "results");
        for (JsonObject added : WireJson.objects(results, "item_add_results")) {
            String token = WireJson.raw(added, "public_token");
            if (token != null && !token.isBlank()) {
                return token;
            }
        }
        String legacy = WireJson.raw(WireJson.child(session, "on_success"), "public_token");
        return legacy == null || legacy.isBlank() ? null : legacy;
    }

    private Instant when() {
        return finishedAt != null ? finishedAt : startedAt;
    }

    /** The user went through Link to the end (in update mode there is no public token to show for it). */
    public boolean succeeded() {
        return !exited && (finishedAt != null || publicToken != null);
    }

    @Override
    public String toString() {
        return "LinkSession[" + sessionId + ", finished " + finishedAt + (exited ? ", exited " + exitCode : "")
                + (publicToken == null ? "" : ", public token ****") + "]";
    }
}
