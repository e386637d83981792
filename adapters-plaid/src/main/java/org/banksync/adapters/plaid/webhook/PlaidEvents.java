package org.banksync.adapters.plaid.webhook;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.banksync.adapters.plaid.client.PlaidError;
import org.banksync.adapters.plaid.connection.ItemStates;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Translates Plaid's {@code {webhook_type, webhook_code, item_id, ...}} into the application's
 * events: new transactions mean a run for each account of the Item; the Item's errors, its coming
 * consent expiry, its repair and a revocation mean a new connection state; everything else (legacy
 * transaction codes, Link's SESSION_FINISHED, which the callback handles) is acknowledged and ignored.
 */
final class PlaidEvents {

    private PlaidEvents() {
    }

    /**
     * @param digest         identifies this delivery (identical for a redelivery of the same signed bytes)
     * @param accountsOfItem the Item's current account ids (read from Plaid when the event needs them)
     */
    static List<ProviderEvent> translate(JsonObject event, String digest, Function<String, List<String>> accountsOfItem,
                                         Instant now) {
        String type = text(event, "webhook_type");
        String code = text(event, "webhook_code");
        String itemId = text(event, "item_id");
        String name = (type == null ? "?" : type) + "/" + (code == null ? "?" : code);
        if (type == null || code == null || itemId == null) {
            return List.of(new ProviderEvent.Other(Provider.PLAID, digest, name));
        }
        return switch (name) {
            case "TRANSACTIONS/SYNC_UPDATES_AVAILABLE" -> accountsOfItem.apply(itemId).stream()
                    .<ProviderEvent>map(account -> new ProviderEvent.AccountUpdated(Provider.PLAID,
                            WebhookVerifier.sha256Hex((digest + "/" + account).getBytes(StandardCharsets.UTF_8)), itemId,
                            account))
                    .toList();
            case "ITEM/ERROR" -> PlaidError.from(child(event, "error"))
                    .<List<ProviderEvent>>map(error -> {
                        ItemStates.State state = ItemStates.ofError(error, null, now);
                        return List.of(refreshed(digest, itemId, state.state(), state.detail(), null));
                    })
                    .orElse(List.of(new ProviderEvent.Other(Provider.PLAID, digest, name)));
            case "ITEM/PENDING_EXPIRATION" -> {
                Instant expiresAt = instant(text(event, "consent_expiration_time"));
                yield List.of(refreshed(digest, itemId, ConnectionState.OK,
                        expiresAt == null ? null : ItemStates.expiringSoon(expiresAt), expiresAt));
            }
            case "ITEM/LOGIN_REPAIRED" -> List.of(refreshed(digest, itemId, ConnectionState.OK, null, null));
            case "ITEM/USER_PERMISSION_REVOKED" -> List.of(refreshed(digest, itemId, ConnectionState.CONSENT_EXPIRED,
                    "Access was revoked at the bank; reconnect the bank to grant it again.", null));
            default -> List.of(new ProviderEvent.Other(Provider.PLAID, digest, name));
        };
    }

    private static ProviderEvent refreshed(String digest, String itemId, ConnectionState state, String detail,
                                           Instant consentExpiresAt) {
        return new ProviderEvent.ItemRefreshed(Provider.PLAID, digest, itemId, state, detail, consentExpiresAt, null);
    }

    private static JsonObject child(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }
}
