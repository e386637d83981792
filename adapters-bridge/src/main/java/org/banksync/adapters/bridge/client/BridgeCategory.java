package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of Bridge's category tree in one language. Bridge's shape is uncertain, so both are read:
 * parents carrying their children in a nested {@code categories} array, and flat nodes with {@code parent_id}.
 */
public record BridgeCategory(String id, String parentId, String name) {

    /** Every node of a page, parents before their nested children. */
    public static List<BridgeCategory> flatten(List<JsonObject> resources) {
        List<BridgeCategory> nodes = new ArrayList<>();
        for (JsonObject resource : resources) {
            collect(resource, null, nodes);
        }
        return nodes;
    }

    private static void collect(JsonObject object, String nestedUnder, List<BridgeCategory> nodes) {
        String id = WireJson.raw(object, "id");
        if (id == null) {
            throw WireJson.unreadable("the categories", "a category has no id");
        }
        String parentId = WireJson.raw(object, "parent_id");
        nodes.add(new BridgeCategory(id, parentId != null ? parentId : nestedUnder, WireJson.raw(object, "name")));
        if (WireJson.present(object, "categories") && object.get("categories").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue child : object.getJsonArray("categories")) {
                if (child.getValueType() == JsonValue.ValueType.OBJECT) {
                    collect(child.asJsonObject(), id, nodes);
                }
            }
        }
    }
}
