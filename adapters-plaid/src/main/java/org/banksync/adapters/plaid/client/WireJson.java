package org.banksync.adapters.plaid.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Plaid's JSON leniently, as its change policy asks: absent and null are the same, unknown
 * fields are ignored, identifiers are never checked for a format. Numbers keep their exact digits.
 */
final class WireJson {

    private WireJson() {
    }

    /** The answer as a JSON object; anything else is an answer Banksync cannot read. */
    static JsonObject object(String body, String what) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw unreadable(what, "its JSON is malformed or cut short");
        }
    }

    static AggregatorFailure unreadable(String what, String detail) {
        return new AggregatorFailure(AggregatorFailure.Kind.INVALID_RESPONSE, "Plaid answered " + what
                + " with data Banksync cannot read (" + detail + "). Try again later; if it persists, report it to support.");
    }

    static boolean present(JsonObject object, String field) {
        return object != null && object.containsKey(field) && object.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A string, number or boolean as written on the wire; null when absent. */
    static String raw(JsonObject object, String field) {
        if (!present(object, field)) {
            return null;
        }
        JsonValue value = object.get(field);
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE, FALSE -> value.toString();
            default -> throw new BadField(field, "is " + value.getValueType().name().toLowerCase(Locale.ROOT) + ", not a value");
        };
    }

    static String required(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null || value.isBlank()) {
            throw new BadField(field, "is missing");
        }
        return value;
    }

    /** A JSON number (or a numeric string) exactly as written: 72.1 stays 72.1, never 72.09999. */
    static BigDecimal decimal(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadField(field, "'" + value + "' is not a number");
        }
    }

    static boolean flag(JsonObject object, String field) {
        return present(object, field) && object.get(field).getValueType() == JsonValue.ValueType.TRUE;
    }

    static Instant instant(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadField(field, "'" + value + "' is not an ISO-8601 date-time");
        }
    }

    static LocalDate date(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadField(field, "'" + value + "' is not a YYYY-MM-DD date");
        }
    }

    /** A nested object, or null when absent or not an object. */
    static JsonObject child(JsonObject object, String field) {
        return present(object, field) && object.get(field).getValueType() == JsonValue.ValueType.OBJECT
                ? object.getJsonObject(field) : null;
    }

    /** The objects of an array field (other values skipped); empty when absent. */
    static List<JsonObject> objects(JsonObject object, String field) {
        if (!present(object, field) || object.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = object.getJsonArray(field);
        List<JsonObject> objects = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                objects.add(value.asJsonObject());
            }
        }
        return objects;
    }

    /** The array field itself, failing as unreadable when it is missing or not an array. */
    static JsonArray requiredArray(JsonObject object, String field, String what) {
        if (!present(object, field) || object.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw unreadable(what, "no '" + field + "' list");
        }
        return object.getJsonArray(field);
    }

    /** A field whose value cannot be used; callers turn it into a rejected row or an unreadable answer. */
    static final class BadField extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        BadField(String field, String problem) {
            super(field + " " + problem);
        }
    }
}
