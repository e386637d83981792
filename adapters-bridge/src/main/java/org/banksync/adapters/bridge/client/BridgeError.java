package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Optional;

/**
 * Bridge's error body, read in each shape seen: {@code {"errors":[{code,property,message}]}},
 * a bare {@code {code,message,property}}, and v2's {@code {type,message}}.
 */
public record BridgeError(String code, String property, String message) {

    public static Optional<BridgeError> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonObject object;
        try {
            object = WireJson.object(body, "an error");
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
        try {
            if (WireJson.present(object, "errors") && object.get("errors").getValueType() == JsonValue.ValueType.ARRAY
                    && !object.getJsonArray("errors").isEmpty()
                    && object.getJsonArray("errors").get(0).getValueType() == JsonValue.ValueType.OBJECT) {
                return of(object.getJsonArray("errors").getJsonObject(0), "code");
            }
            return WireJson.present(object, "code") ? of(object, "code") : of(object, "type");
        } catch (IllegalArgumentException odd) {
            return Optional.empty();
        }
    }

    private static Optional<BridgeError> of(JsonObject object, String codeField) {
        String code = WireJson.raw(object, codeField);
        String message = WireJson.raw(object, "message");
        if (code == null && message == null) {
            return Optional.empty();
        }
        return Optional.of(new BridgeError(code, WireJson.raw(object, "property"), message));
    }

    /** {@code code: message (property)} with whatever parts Bridge gave. */
    public String describe() {
        StringBuilder text = new StringBuilder(code == null ? "error" : code);
        if (message != null) {
            text.append(": ").append(message);
        }
        if (property != null) {
            text.append(" (").append(property).append(')');
        }
        return text.toString();
    }
}
