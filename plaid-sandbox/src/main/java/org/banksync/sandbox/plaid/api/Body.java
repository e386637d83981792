package org.banksync.sandbox.plaid.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.banksync.sandbox.plaid.http.ApiError;

/**
 * A request body read strictly, as Plaid does: fields outside the endpoint's list are UNKNOWN_FIELDS,
 * absent required fields MISSING_FIELDS (all named at once), values of the wrong type or range
 * INVALID_FIELD. A field sent as JSON null counts as absent. Nested objects are checked the same way.
 */
public final class Body {

    /** Fields every endpoint accepts: the credentials may travel in the body. */
    static final Set<String> CREDENTIALS = Set.of("client_id", "secret");

    private final ObjectNode node;
    private final String prefix;

    private Body(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The top-level body: the credentials plus the endpoint's own fields. */
    public static Body strict(ObjectNode node, Set<String> allowed) {
        Set<String> all = new LinkedHashSet<>(CREDENTIALS);
        all.addAll(allowed);
        return new Body(node, "").checkKnown(all);
    }

    private Body checkKnown(Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(prefix + name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiError.unknownFields(unknown);
        }
        return this;
    }

    /** Fails with MISSING_FIELDS naming every required field that is absent or null. */
    public Body require(String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!present(name)) {
                missing.add(prefix + name);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiError.missingFields(missing);
        }
        return this;
    }

    public boolean present(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public Optional<String> text(String name) {
        if (!present(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw ApiError.invalidField(prefix + name + " must be a string");
        }
        return Optional.of(value.asText());
    }

    public String requiredText(String name) {
        require(name);
        return text(name).orElseThrow();
    }

    public Optional<Integer> integer(String name, int min, int max) {
        if (!present(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ApiError.invalidField(prefix + name + " must be an integer");
        }
        int number = value.asInt();
        if (number < min || number > max) {
            throw ApiError.invalidField(prefix + name + " must be between " + min + " and " + max);
        }
        return Optional.of(number);
    }

    public Optional<Boolean> bool(String name) {
        if (!present(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw ApiError.invalidField(prefix + name + " must be a boolean");
        }
        return Optional.of(value.asBoolean());
    }

    /** An array of strings; an empty array is allowed here (callers decide). */
    public Optional<List<String>> strings(String name) {
        if (!present(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw ApiError.invalidField(prefix + name + " must be an array of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw ApiError.invalidField(prefix + name + " must be an array of strings");
            }
            result.add(element.asText());
        }
        return Optional.of(result);
    }

    /** A nested object, itself read strictly against its own field list. */
    public Optional<Body> object(String name, Set<String> allowed) {
        if (!present(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw ApiError.invalidField(prefix + name + " must be an object");
        }
        return Optional.of(new Body((ObjectNode) value, prefix + name + ".").checkKnown(allowed));
    }
}
