package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;

/** A user's access token (valid two hours) and the user it belongs to. Never printed. */
public record UserToken(BridgeUser user, String accessToken, Instant expiresAt) {

    private static final String WHAT = "the access token request";

    public static UserToken parse(String body) {
        JsonObject object = WireJson.object(body, WHAT);
        try {
            Instant expiresAt = WireJson.instant(object, "expires_at");
            if (expiresAt == null) {
                throw new WireJson.BadField("expires_at", "is missing");
            }
            BridgeUser user = WireJson.present(object, "user") && object.get("user").getValueType() == JsonValue.ValueType.OBJECT
                    ? BridgeUser.from(object.getJsonObject("user"), WHAT) : null;
            return new UserToken(user, WireJson.required(object, "access_token"), expiresAt);
        } catch (WireJson.BadField e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "UserToken[" + user + ", ****, expires " + expiresAt + "]";
    }
}
