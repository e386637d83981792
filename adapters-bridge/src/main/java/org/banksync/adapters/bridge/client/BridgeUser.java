package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;

/** A Bridge user as {@code POST /users} answers it. */
public record BridgeUser(String uuid, String externalUserId) {

    public static BridgeUser parse(String body) {
        return from(WireJson.object(body, "the new user"), "the new user");
    }

    static BridgeUser from(JsonObject object, String what) {
        try {
            return new BridgeUser(WireJson.required(object, "uuid"), WireJson.raw(object, "external_user_id"));
        } catch (WireJson.BadField e) {
            throw WireJson.unreadable(what, e.getMessage());
        }
    }
}
