package org.banksync.adapters.plaid.connection;

import org.banksync.adapters.plaid.client.PlaidError;
import org.banksync.adapters.plaid.client.PlaidItem;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.domain.connection.ConnectionState;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Plaid's item health in Banksync's connection states (DESIGN.md section 3): no error is OK (with a
 * warning when the bank's consent ends within 7 days); ITEM_LOGIN_REQUIRED is an expired consent when
 * Plaid says so or the expiry date has passed, else an action for the user; the institutions' errors
 * are temporary; an Item Plaid no longer knows is disconnected. Shared by the item read and the webhooks.
 */
public final class ItemStates {

    /** Plaid warns (PENDING_EXPIRATION) 7 days ahead; Banksync warns as early. */
    public static final Duration CONSENT_WARNING = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ItemStates() {
    }

    static ItemSnapshot of(PlaidItem item, Instant now) {
        State state = item.error() == null ? healthy(item.consentExpiresAt(), now)
                : ofError(item.error(), item.consentExpiresAt(), now);
        return new ItemSnapshot(item.itemId(), state.state(), state.detail(), item.consentExpiresAt(),
                item.lastSuccessfulUpdate());
    }

    /** Plaid no longer knows the Item or its token: only a new connection can replace it. */
    static ItemSnapshot gone(String itemId, String why) {
        return new ItemSnapshot(itemId, ConnectionState.DISCONNECTED,
                "Plaid no longer has this connection (" + why + "); connect the bank again.", null, null);
    }

    /** No error: OK, with a warning a week before the consent ends (CONSENT_EXPIRED once it has). */
    public static State healthy(Instant consentExpiresAt, Instant now) {
        if (consentExpiresAt != null && !consentExpiresAt.isAfter(now)) {
            return new State(ConnectionState.CONSENT_EXPIRED, "The bank's consent expired on "
                    + DAY.format(consentExpiresAt) + "; reconnect the bank to renew it.");
        }
        if (consentExpiresAt != null && !consentExpiresAt.isAfter(now.plus(CONSENT_WARNING))) {
            return new State(ConnectionState.OK, expiringSoon(consentExpiresAt));
        }
        return new State(ConnectionState.OK, null);
    }

    public static String expiringSoon(Instant consentExpiresAt) {
        return "The bank's consent expires on " + DAY.format(consentExpiresAt)
                + "; reconnect the bank before then to keep synchronising.";
    }

    /** An Item error (from /item/get or a webhook) in Banksync's terms. */
    public static State ofError(PlaidError error, Instant consentExpiresAt, Instant now) {
        String code = error.code();
        String words = error.displayMessage() != null ? error.displayMessage() : error.message();
        String detail = (words == null ? "Plaid reports " + code : words) + " (" + code
                + (error.reason() == null ? "" : ", " + error.reason()) + ")";
        return switch (code) {
            case "ITEM_LOGIN_REQUIRED" -> "OAUTH_CONSENT_EXPIRED".equals(error.reason())
                    || (consentExpiresAt != null && !consentExpiresAt.isAfter(now))
                    ? new State(ConnectionState.CONSENT_EXPIRED, "The bank's consent has expired; reconnect the bank to "
                            + "renew it. " + detail)
                    : new State(ConnectionState.ACTION_NEEDED, "The bank asks you to log in again; reconnect the bank. "
                            + detail);
            case "INVALID_ACCESS_TOKEN", "ITEM_NOT_FOUND" -> new State(ConnectionState.DISCONNECTED,
                    "Plaid no longer has this connection; connect the bank again. " + detail);
            case "INSTITUTION_NOT_SUPPORTED", "INSTITUTION_NO_LONGER_SUPPORTED" -> new State(ConnectionState.UNSUPPORTED,
                    detail);
            case "USER_PERMISSION_REVOKED" -> new State(ConnectionState.CONSENT_EXPIRED, "Access was revoked at the bank; "
                    + "reconnect the bank to grant it again. " + detail);
            default -> error.isInstitutionError()
                    ? new State(ConnectionState.TEMPORARY_ERROR, "The bank is not answering Plaid for now. " + detail)
                    : new State(ConnectionState.TEMPORARY_ERROR, "Plaid reported an error Banksync does not know: " + detail);
        };
    }

    /** A state and what it means for the user. */
    public record State(ConnectionState state, String detail) {
    }
}
