package org.banksync.sandbox.bridge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.banksync.sandbox.bridge.http.ApiError;

/** Typed reads of JSON body fields and query values, failing with Bridge's 400 naming the property. */
final class Bodies {

    private Bodies() {
    }

    static Optional<String> text(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiError.invalid(field, field + " must be a string");
        }
        return Optional.of(node.asText());
    }

    static Optional<Long> id(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return Optional.of(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(Long.parseLong(node.asText()));
            } catch (NumberFormatException e) {
                throw ApiError.invalid(field, field + " must be an integer");
            }
        }
        throw ApiError.invalid(field, field + " must be an integer");
    }

    static boolean flag(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw ApiError.invalid(field, field + " must be a boolean");
        }
        return node.asBoolean();
    }

    /** An ISO-8601 instant; an offset date-time or a bare date (midnight UTC) is accepted too. */
    static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                return date(field, text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(field, field + " must be an ISO-8601 date (YYYY-MM-DD)");
        }
    }

    static long id(String field, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(field, field + " must be an integer");
        }
    }
}
