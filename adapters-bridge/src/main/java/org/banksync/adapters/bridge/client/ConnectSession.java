package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;

import java.net.URI;

/** A hosted connect session: the browser goes to {@code url}. */
public record ConnectSession(String id, URI url) {

    private static final String WHAT = "the connect session request";

    public static ConnectSession parse(String body) {
        JsonObject object = WireJson.object(body, WHAT);
        try {
            String url = WireJson.required(object, "url");
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new WireJson.BadField("url", "'" + url + "' is not an http(s) address");
            }
            return new ConnectSession(WireJson.raw(object, "id"), uri);
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }
}
