package org.banksync.adapters.bridge.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads Bridge's JSON tolerantly: absent and null are the same, unknown fields are ignored. */
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
        return new AggregatorFailure(AggregatorFailure.Kind.INVALID_RESPONSE, "Bridge answered " + what
                + " with data Banksync cannot read (" + detail + "). Try again later; if it persists, report it to support.");
    }

    static boolean present(JsonObject object, String field) {
        return object.containsKey(field) && object.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A string or a number as written on the wire (numbers keep their exact digits); null when absent. */
    static String raw(JsonObject object, String field) {
        if (!present(object, field)) {
            return null;
        }
        JsonValue value = object.get(field);
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE, FALSE -> value.toString();
            default -> throw new BadField(field, "is " + value.getValueType().name().toLowerCase() + ", not a value");
        };
    }

    static String required(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null || value.isBlank()) {
            throw new BadField(field, "is missing");
        }
        return value;
    }

    static Long integer(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadField(field, "'" + value + "' is not an integer");
        }
    }

    static boolean flag(JsonObject object, String field) {
        return present(object, field) && object.get(field).getValueType() == JsonValue.ValueType.TRUE;
    }

    /** An ISO-8601 instant, with or without an offset other than Z. */
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

    /** A field whose value cannot be used; callers turn it into a rejected row or an unreadable answer. */
    static final class BadField extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        BadField(String field, String problem) {
            super(field + " " + problem);
        }
    }
}
