package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.net.URI;

/** A new link token and the Hosted Link page the browser goes to. The token is not printed. */
public record LinkTokenCreated(String linkToken, URI hostedLinkUrl) {

    private static final String WHAT = "the link token request";

    public static LinkTokenCreated parse(String body) {
        JsonObject object = WireJson.object(body, WHAT);
        try {
            String url = WireJson.required(object, "hosted_link_url");
            URI uri = URI.create(url);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new WireJson.BadField("hosted_link_url", "'" + url + "' is not an http(s) address");
            }
            return new LinkTokenCreated(WireJson.required(object, "link_token"), uri);
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(WHAT, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "LinkTokenCreated[****, " + hostedLinkUrl + "]";
    }
}
