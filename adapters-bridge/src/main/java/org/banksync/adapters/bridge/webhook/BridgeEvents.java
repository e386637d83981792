package org.banksync.adapters.bridge.webhook;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.banksync.adapters.bridge.connection.ItemStates;
import org.banksync.application.sync.port.in.HandleProviderEventUseCase.ProviderEvent;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Translates Bridge's {@code {content, timestamp, type}} envelope into the application's events;
 * the item's {@code status_code} goes through the same table as the item resource's status.
 */
final class BridgeEvents {

    private BridgeEvents() {
    }

    static ProviderEvent translate(JsonObject envelope, String digest) {
        String type = text(envelope, "type");
        JsonObject content = envelope.containsKey("content") && envelope.get("content").getValueType() == JsonValue.ValueType.OBJECT
                ? envelope.getJsonObject("content") : JsonValue.EMPTY_JSON_OBJECT;
        String itemId = text(content, "item_id");
        if (type == null || itemId == null) {
            return new ProviderEvent.Other(Provider.BRIDGE, digest, type == null ? "(no type)" : type);
        }
        return switch (type) {
            case "item.account.updated", "item.account.created" -> text(content, "account_id") == null
                    ? new ProviderEvent.Other(Provider.BRIDGE, digest, type)
                    : new ProviderEvent.AccountUpdated(Provider.BRIDGE, digest, itemId, text(content, "account_id"));
            case "item.refreshed" -> refreshed(content, digest, itemId, envelope);
            case "item.deleted" -> new ProviderEvent.ItemDeleted(Provider.BRIDGE, digest, itemId);
            default -> new ProviderEvent.Other(Provider.BRIDGE, digest, type);
        };
    }

    private static ProviderEvent refreshed(JsonObject content, String digest, String itemId, JsonObject envelope) {
        Integer status = content.containsKey("status_code") && content.get("status_code") instanceof JsonNumber number
                ? number.intValue() : null;
        Instant expiresAt = instant(text(content, "authentication_expires_at"));
        ConnectionState state = ItemStates.state(status);
        if (expiresAt != null && state == ConnectionState.OK && expiresAt.isBefore(timestamp(envelope))) {
            state = ConnectionState.CONSENT_EXPIRED;
        }
        return new ProviderEvent.ItemRefreshed(Provider.BRIDGE, digest, itemId, state, text(content, "status_code_info"),
                expiresAt, timestamp(envelope));
    }

    private static Instant timestamp(JsonObject envelope) {
        return envelope.get("timestamp") instanceof JsonNumber millis ? Instant.ofEpochMilli(millis.longValue()) : Instant.now();
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }
}
