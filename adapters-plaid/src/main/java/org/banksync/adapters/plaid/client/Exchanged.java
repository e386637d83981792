package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

/** What exchanging a public token gives: the new Item and its access token. */
public record Exchanged(AccessToken accessToken) {

    private static final String WHAT = "the public token exchange";

    public static Exchanged parse(String body) {
        JsonObject object = WireJson.object(body, WHAT);
        try {
            return new Exchanged(new AccessToken(WireJson.required(object, "item_id"),
                    WireJson.required(object, "access_token")));
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }
}
