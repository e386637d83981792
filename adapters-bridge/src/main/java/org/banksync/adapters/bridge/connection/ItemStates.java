package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.client.BridgeItem;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.domain.connection.ConnectionState;

import java.time.Instant;

/**
 * Bridge's item status in Banksync's connection states (DESIGN.md section 3). A consent that expired
 * by the date also reads CONSENT_EXPIRED whatever the status, except UNSUPPORTED, which reconnecting
 * would not cure.
 */
public final class ItemStates {

    private ItemStates() {
    }

    static ItemSnapshot of(BridgeItem item, String itemId, Instant now) {
        ConnectionState state = state(item.status());
        String detail = detail(item, state);
        Instant expires = item.authenticationExpiresAt();
        if (state != ConnectionState.UNSUPPORTED && state != ConnectionState.CONSENT_EXPIRED
                && expires != null && !expires.isAfter(now)) {
            state = ConnectionState.CONSENT_EXPIRED;
            detail = "The bank's consent expired on " + expires + "; reconnect the bank to renew it.";
        }
        return new ItemSnapshot(itemId, state, detail, expires, item.lastSuccessfulRefresh());
    }

    /** Bridge deleted the item (or never had it): only a new connection can replace it. */
    static ItemSnapshot deleted(String itemId) {
        return new ItemSnapshot(itemId, ConnectionState.DISCONNECTED,
                "Bridge no longer has this connection; connect the bank again.", null, null);
    }

    public static ConnectionState state(Integer status) {
        if (status == null) {
            return ConnectionState.TEMPORARY_ERROR;
        }
        return switch (status) {
            case 0, 1009 -> ConnectionState.OK;
            case -2, -3 -> ConnectionState.SYNC_IN_PROGRESS;
            case 402, 429, 430, 1100 -> ConnectionState.ACTION_NEEDED;
            case 1010 -> ConnectionState.CONSENT_EXPIRED;
            case 1003, 1007, 1099 -> ConnectionState.TEMPORARY_ERROR;
            case 1005 -> ConnectionState.UNSUPPORTED;
            default -> ConnectionState.TEMPORARY_ERROR;
        };
    }

    private static boolean known(Integer status) {
        return status != null && switch (status) {
            case 0, 1009, -2, -3, 402, 429, 430, 1100, 1010, 1003, 1007, 1099, 1005 -> true;
            default -> false;
        };
    }

    /** Bridge's own words (its description, else its code); unknown codes are named so that support can look them up. */
    private static String detail(BridgeItem item, ConnectionState state) {
        String words = item.statusCodeDescription() != null ? item.statusCodeDescription() : item.statusCodeInfo();
        if (!known(item.status())) {
            return "Bridge reported an unknown status " + (item.status() == null ? "(none)" : item.status())
                    + (item.statusCodeInfo() == null ? "" : " (" + item.statusCodeInfo() + ")")
                    + (item.statusCodeDescription() == null ? "" : ": " + item.statusCodeDescription());
        }
        if (words == null) {
            return state == ConnectionState.OK ? null : "Bridge status " + item.status();
        }
        return item.statusCodeInfo() == null || words.equals(item.statusCodeInfo()) ? words
                : words + " (" + item.statusCodeInfo() + ")";
    }
}
