package org.banksync.adapters.bridge.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a Bridge list: {@code {"resources":[...],"pagination":{"next_uri":...}}}. The next
 * URI is kept exactly as Bridge wrote it (host-relative, with its own query); null on the last page.
 */
public record ResourcePage(List<JsonObject> resources, String nextUri) {

    public ResourcePage {
        resources = List.copyOf(resources);
    }

    public static ResourcePage parse(String body, String what) {
        JsonObject page = WireJson.object(body, what);
        if (!page.containsKey("resources") || page.get("resources").getValueType() != JsonValue.ValueType.ARRAY) {
            throw WireJson.unreadable(what, "no 'resources' list");
        }
        JsonArray array = page.getJsonArray("resources");
        List<JsonObject> resources = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw WireJson.unreadable(what, "a resource is not an object");
            }
            resources.add(value.asJsonObject());
        }
        return new ResourcePage(resources, nextUri(page));
    }

    public boolean isLast() {
        return nextUri == null;
    }

    private static String nextUri(JsonObject page) {
        if (!WireJson.present(page, "pagination") || page.get("pagination").getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        String next = WireJson.raw(page.getJsonObject("pagination"), "next_uri");
        return next == null || next.isBlank() ? null : next;
    }
}
